// The role matrix's vocabulary (see role-matrix.test.ts): a row says, for one route, what each
// role of this city gets and what a stranger (anonymous, or signed in to another city) gets.
// Areas of the portal that register their routes from ./routes/ keep their rows in
// ./matrix-<area>.ts and add them to AREA_ROWS in role-matrix.test.ts.
import type { TestApp } from './app.js';

export const A = '/alpha-town';
export const ROLES = ['staff', 'coordinator', 'admin', 'stakeholder-representative'] as const;
export type Actor = 'anonymous' | `${(typeof ROLES)[number]}@${'own' | 'other'}`;
export const ACTORS: Actor[] = [
  'anonymous',
  ...ROLES.flatMap((r) => [`${r}@own`, `${r}@other`] as Actor[]),
];

/** What a request may get: a status, and for a redirect where it leads. */
export type Expect = number | 'sign-in' | `to ${string}`;

/** Who gets what: `signedIn` for an account of this city (by role), `stranger` for the rest. */
export interface Row {
  method: string;
  path: string;
  body?: (actor: { accountId?: string }) => { form?: Record<string, string>; json?: unknown };
  own: Record<(typeof ROLES)[number], Expect>;
  stranger: Expect;
}

// A stakeholder representative (issue 19) is a signed-in person of the city like staff, with
// the network pages besides: every helper but `networking` treats it as staff.
export const everyone = (status: Expect): Pick<Row, 'own' | 'stranger'> => ({
  own: { staff: status, coordinator: status, admin: status, 'stakeholder-representative': status },
  stranger: status,
});
export const signedIn = (status: Expect): Pick<Row, 'own' | 'stranger'> => ({
  own: { staff: status, coordinator: status, admin: status, 'stakeholder-representative': status },
  stranger: 'sign-in',
});
export const coordinating = (status: Expect): Pick<Row, 'own' | 'stranger'> => ({
  own: { staff: 403, coordinator: status, admin: status, 'stakeholder-representative': 403 },
  stranger: 'sign-in',
});

/** Only the city's admins. */
export const administering = (status: Expect): Pick<Row, 'own' | 'stranger'> => ({
  own: { staff: 403, coordinator: 403, admin: status, 'stakeholder-representative': 403 },
  stranger: 'sign-in',
});

/**
 * The network pages: coordinators, admins and the city's stakeholder representatives (the
 * representative's own answer may differ where its scope decides: give `representative`).
 */
export const networking = (
  status: Expect,
  representative: Expect = status,
): Pick<Row, 'own' | 'stranger'> => ({
  own: {
    staff: 403,
    coordinator: status,
    admin: status,
    'stakeholder-representative': representative,
  },
  stranger: 'sign-in',
});

/** The people of the matrix: one account per role in each city, signed in. */
export interface MatrixActors {
  accountIdOf(actor: Exclude<Actor, 'anonymous'>): string;
}

/** An area's rows, what it must set up before them, and how its paths were registered. */
export interface MatrixArea {
  rows: Row[];
  /** Runs once, after the actors exist and before any row (open a questionnaire, say). */
  setup?(t: TestApp, actors: MatrixActors): Promise<void>;
  /** A concrete path of a row → the route Fastify registered (`/x/1` → `/x/:id`). */
  registered?: Record<string, string>;
}
