// Types of the staff self-assessment's source modules (one per domain section, see
// ../generate-self-assessment.mjs): each exports the competence blocks of its section.
import type {
  LikertItem,
  MultipleChoiceItem,
  SituationalJudgementItem,
} from '@competence-kit/schemas';

/** The framework's proficiency levels, lowest first: every scored item is anchored to one. */
export type Level = 'foundation' | 'practitioner' | 'advanced' | 'expert';

/** An instrument item as in the JSON, without `competence` (the generator adds it), with `level`. */
type Anchored<T> = Omit<T, 'competence' | 'level'> & { level: Level };

export type BlockItem =
  Anchored<LikertItem> | Anchored<SituationalJudgementItem> | Anchored<MultipleChoiceItem>;

/** One competence's items, in the order they appear in the instrument. */
export interface CompetenceBlock {
  competence: string;
  items: BlockItem[];
}
