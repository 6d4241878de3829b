import { html, type nothing, type TemplateResult } from 'lit';
import { getCompetence } from '@competence-kit/model/read';
import type { Framework, Issue } from '@competence-kit/schemas';
import type { Aggregate } from '@competence-kit/scoring';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import { HEAT_STEPS, type DashboardMetric } from './group-dashboard.types.js';

/**
 * What is wrong with an aggregate for the dashboard: not an aggregate at all (`invalid-type`,
 * nothing can be shown), or competences the framework does not have (shown by their ids).
 */
export function checkAggregate(
  aggregate: Aggregate | undefined,
  framework: Framework | undefined,
): Issue[] {
  if (aggregate === undefined) return [];
  if (
    typeof aggregate !== 'object' ||
    aggregate === null ||
    !Array.isArray(aggregate.groups) ||
    !Array.isArray(aggregate.total?.competences)
  ) {
    return [
      {
        path: '/aggregate',
        code: 'invalid-type',
        message: 'Expected the result of aggregate() from @competence-kit/scoring.',
      },
    ];
  }
  if (!framework) return [];
  return aggregate.total.competences.flatMap((c, i) =>
    getCompetence(framework, c.competence)
      ? []
      : [
          {
            path: `/aggregate/total/competences/${i}/competence`,
            code: 'unknown-reference',
            message: `Competence "${c.competence}" does not exist in the framework.`,
          },
        ],
  );
}

/** What the legend needs from the dashboard. */
export interface LegendContext {
  metric: DashboardMetric;
  /** The anonymity threshold. */
  k: number;
  lang: string | typeof nothing;
  msg: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
  formatMean: (value: number) => string;
  formatPercent: (value: number) => string;
  /** Whether the figures come from a release (its notes, not `aggregate()`'s). */
  release?: boolean;
  /** A release with noise: its ε, formatted. */
  epsilon?: string;
}

/** The colour scale, step by step with its range written out, and what hidden cells mean. */
export function renderLegend(ctx: LegendContext): TemplateResult {
  const below = ctx.metric === 'below-target';
  const bound = (step: number) =>
    below ? ctx.formatPercent(step / HEAT_STEPS) : ctx.formatMean(step / HEAT_STEPS);
  return html`<div part="legend" class="legend" lang=${ctx.lang}>
    <p class="legend-title">
      ${ctx.msg(below ? 'group-dashboard.belowTarget' : 'group-dashboard.mean')}
    </p>
    <ul class="scale">
      ${Array.from(
        { length: HEAT_STEPS },
        (_, step) =>
          html`<li>
            <span class="swatch heat-${step}" aria-hidden="true"></span>
            ${ctx.msg('group-dashboard.range', { from: bound(step), to: bound(step + 1) })}
          </li>`,
      )}
    </ul>
    <ul class="notes">
      ${
        ctx.release
          ? html`<li>${ctx.msg('group-dashboard.explainRelease', { k: ctx.k })}</li>`
          : html`<li>${ctx.msg('group-dashboard.explainThreshold', { k: ctx.k })}</li>
              <li>${ctx.msg('group-dashboard.explainSecondary')}</li>`
      }
      ${
        ctx.epsilon === undefined
          ? ''
          : html`<li class="noise">
              ${ctx.msg('group-dashboard.noise', { epsilon: ctx.epsilon })}
            </li>`
      }
    </ul>
  </div>`;
}
