/** What a level badge stands for: a person's level, or the level a role asks for. */
export const levelBadgeKinds = ['level', 'target'] as const;
export type LevelBadgeKind = (typeof levelBadgeKinds)[number];
