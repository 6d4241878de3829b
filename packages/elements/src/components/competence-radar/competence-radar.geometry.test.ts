import { describe, expect, it } from 'vitest';
import {
  labelPlace,
  pointOn,
  RADIUS,
  radiusOf,
  seriesPath,
  textAnchor,
  wrap,
} from './competence-radar.geometry.js';

describe('the radar geometry', () => {
  it('starts at the top and turns clockwise, or counter-clockwise right to left', () => {
    expect(pointOn(0, 4, 10, 1)).toEqual({ x: 0, y: -10 });
    expect(pointOn(1, 4, 10, 1)).toEqual({ x: 10, y: 0 });
    expect(pointOn(1, 4, 10, -1)).toEqual({ x: -10, y: 0 });
  });

  it('puts the top level on the outer ring', () => {
    expect(radiusOf(4, 4)).toBe(RADIUS);
    expect(radiusOf(1, 4)).toBe(RADIUS / 4);
  });

  it('closes a complete outline and breaks one with invalid scores', () => {
    expect(seriesPath([4, 4, 4, 4], 4, 1)).toEqual({
      d: `M0 ${-RADIUS}L${RADIUS} 0L0 ${RADIUS}L${-RADIUS} 0Z`,
      closed: true,
    });
    const broken = seriesPath([4, null, 4, 4], 4, 1);
    expect(broken.closed).toBe(false);
    // Only the edges between two valid vertices: 2→3 and 3→0.
    expect(broken.d.match(/M/g)).toHaveLength(2);
    expect(seriesPath([null, null, null], 4, 1).d).toBe('');
  });

  it('anchors labels by their physical edge, whatever their direction', () => {
    expect(labelPlace(0, 8, 1).edge).toBe('middle');
    expect(labelPlace(2, 8, 1).edge).toBe('left');
    expect(labelPlace(2, 8, -1).edge).toBe('right');
    expect(textAnchor('left', 'ltr')).toBe('start');
    expect(textAnchor('left', 'rtl')).toBe('end');
    expect(textAnchor('right', 'rtl')).toBe('start');
    expect(textAnchor('middle', 'rtl')).toBe('middle');
  });

  it('moves the labels straight above and below the centre one line out', () => {
    expect(labelPlace(0, 8, 1).y).toBeLessThan(pointOn(0, 8, RADIUS + 8, 1).y);
    expect(labelPlace(4, 8, 1).y).toBeGreaterThan(pointOn(4, 8, RADIUS + 8, 1).y);
  });
});

describe('wrap', () => {
  it('breaks at spaces into lines of at most the given length', () => {
    expect(wrap('Respect for human dignity and equal treatment', 14)).toEqual([
      'Respect for',
      'human dignity',
      'and equal',
      'treatment',
    ]);
    expect(wrap('Plain', 14)).toEqual(['Plain']);
  });

  it('splits a word longer than a line with a hyphen, by code points', () => {
    expect(wrap('Antidiskriminierungsrecht kurz', 10)).toEqual([
      'Antidiskr-',
      'iminierun-',
      'gsrecht',
      'kurz',
    ]);
    expect(wrap('😀😀😀😀', 3)).toEqual(['😀😀-', '😀😀']);
  });
});
