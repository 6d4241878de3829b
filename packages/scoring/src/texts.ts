import type { Instrument, LocalizedText } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';

/** Every text of an instrument a person reads, with its JSON pointer. */
export function instrumentTexts(instrument: Instrument): { path: string; text: LocalizedText }[] {
  const out: { path: string; text: LocalizedText }[] = [];
  const add = (text: LocalizedText | undefined, ...tokens: (string | number)[]) => {
    if (text) out.push({ path: pointer(...tokens), text });
  };
  add(instrument.title, 'title');
  add(instrument.description, 'description');
  add(instrument.instructions, 'instructions');
  instrument.likertScales?.forEach((scale, i) => {
    for (const [value, label] of Object.entries(scale.labels))
      add(label, 'likertScales', i, 'labels', value);
  });
  instrument.sections.forEach((section, s) => {
    add(section.title, 'sections', s, 'title');
    add(section.description, 'sections', s, 'description');
    section.items.forEach((item, i) => {
      add(item.prompt, 'sections', s, 'items', i, 'prompt');
      add(item.help, 'sections', s, 'items', i, 'help');
      if (item.type === 'situational-judgement')
        add(item.scenario, 'sections', s, 'items', i, 'scenario');
      if ('options' in item) {
        item.options.forEach((option, o) => {
          add(option.label, 'sections', s, 'items', i, 'options', o, 'label');
          add(option.feedback, 'sections', s, 'items', i, 'options', o, 'feedback');
        });
      }
    });
  });
  return out;
}
