import { describe, expect, it } from 'vitest';
import { textId } from './text-id.js';
import { sample } from './test-support/memory-io.js';

describe('textId', () => {
  it('names a text by its entry id and field, whatever the entry position', () => {
    const fw = sample();
    expect(textId(fw, '/competences/2/descriptors/advanced')).toBe(
      'competence:openness-to-diversity/descriptors/advanced',
    );
    expect(textId(fw, '/scale/levels/3/title')).toBe('level:expert/title');
    expect(textId(fw, '/description')).toBe('framework:description');
  });
});
