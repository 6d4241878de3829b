import type { Framework, Instrument, Item } from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';

/**
 * Which items of an instrument a person in a role is asked: the rule shared by the portal (what
 * a page shows), `parseResponse` (which items a response must list) and scoring.
 *
 * - An item that measures no competence (a free-text wish, an unscored question) is asked of
 *   everyone.
 * - A scored item is asked when the role profile has a target for its competence.
 * - An item anchored to a level (`level`, in an anchored instrument) is asked only up to the
 *   role's target: a front-desk worker whose target for integration strategy is `foundation`
 *   answers that competence's foundation statements, not those about steering the strategy.
 *   The level read from such answers is then "at least" the highest level asked.
 * - When the instrument has levels of its own (`scoring.scale`, e.g. an organisation's
 *   maturity), role targets, which are framework levels, do not apply: every item is asked.
 */
export interface RoleItems {
  /** The role profile's id. */
  roleProfile: string;
  /** The ids of the items asked, in instrument order. */
  items: ReadonlySet<string>;
}

/** The level an item is anchored to, if any (`level` is optional in the instrument schema). */
const anchorOf = (item: Item): string | undefined =>
  (item as { level?: unknown }).level !== undefined
    ? String((item as { level?: unknown }).level)
    : undefined;

/** Whether the instrument declares levels of its own instead of the framework's. */
const ownScale = (instrument: Instrument): boolean =>
  (instrument.scoring as { scale?: unknown }).scale !== undefined;

function roleOf(framework: Framework, roleProfile: string, caller: string) {
  if (typeof roleProfile !== 'string')
    throw new TypeError(
      `${caller}: expected a role profile id (a string) as roleProfile, got ${roleProfile === null ? 'null' : typeof roleProfile}.`,
    );
  const role = getRoleProfile(framework, roleProfile);
  if (!role) {
    const known = (framework.roleProfiles ?? []).map((r) => `"${r.id}"`).join(', ') || 'none';
    throw new RangeError(
      `${caller}: the framework has no role profile "${roleProfile}"; expected one of ${known}.`,
    );
  }
  return role;
}

/** Whether `item` is asked of the role (see {@link RoleItems}). */
function asked(
  item: Item,
  framework: Framework,
  targets: Readonly<Record<string, string | undefined>>,
  own: boolean,
): boolean {
  if (item.competence === undefined || own) return true;
  const target = targets[item.competence];
  if (target === undefined) return false;
  const anchor = anchorOf(item);
  if (anchor === undefined) return true;
  const at = levelIndex(framework, anchor);
  // An anchor the framework does not know is parseInstrument's to report; ask the item.
  return at < 0 || at <= levelIndex(framework, target);
}

/**
 * The items of `instrument` a person in `roleProfile` is asked (see {@link RoleItems} for the
 * rule). Throws a `RangeError` naming the known profiles when the framework has no such role.
 *
 * @example
 * ```ts
 * const { items } = roleItems(instrument, framework, 'front-desk');
 * items.has('is-e1'); // false: steering the integration strategy is above the role's target
 * ```
 */
export function roleItems(
  instrument: Instrument,
  framework: Framework,
  roleProfile: string,
): RoleItems {
  const role = roleOf(framework, roleProfile, 'roleItems');
  const own = ownScale(instrument);
  const items = new Set<string>();
  for (const section of instrument.sections)
    for (const item of section.items)
      if (asked(item, framework, role.targets, own)) items.add(item.id);
  return { roleProfile, items };
}

/**
 * The instrument as a person in `roleProfile` sees it: the same id, version, scales and
 * scoring, with only the items the role is asked ({@link roleItems}) and without the sections
 * left empty. A response to it is a response to the instrument: `parseResponse` accepts it
 * against the whole instrument when the response names the role and the framework is given.
 * Throws a `RangeError` naming the known profiles when the framework has no such role.
 *
 * @example
 * ```ts
 * const view = instrumentForRole(instrument, framework, account.roleProfile);
 * render(view); // the questionnaire shows only what the role is asked
 * ```
 */
export function instrumentForRole(
  instrument: Instrument,
  framework: Framework,
  roleProfile: string,
): Instrument {
  const { items } = roleItems(instrument, framework, roleProfile);
  const sections = instrument.sections
    .map((section) => ({ ...section, items: section.items.filter((i) => items.has(i.id)) }))
    .filter((section) => section.items.length > 0);
  return { ...instrument, sections: sections as Instrument['sections'] };
}
