/** Which competences the profile lists: all of them, or only those below their target. */
export const profileFilters = ['all', 'gaps'] as const;
export type ProfileFilter = (typeof profileFilters)[number];

/** The order within a domain: the framework's, or the largest gap first. */
export const profileSorts = ['framework', 'gap'] as const;
export type ProfileSort = (typeof profileSorts)[number];
