import { describe, expect, it } from 'vitest';
import { doneCodes } from './kit.js';

describe('doneCodes', () => {
  it('takes an area’s codes, the same code again with the same message, and refuses a clash', () => {
    const done = doneCodes({ 'signed-out': 'signOut.done' });
    Object.assign(done, { issued: 'credentials.done.issued' });
    Object.assign(done, { issued: 'credentials.done.issued' });
    expect(done['issued']).toBe('credentials.done.issued');
    // Two areas with one code: one of their pages would show the other's message.
    expect(() => Object.assign(done, { 'signed-out': 'evaluation.programme.done' })).toThrow(
      /\?done=signed-out code is taken \("signOut.done"\)/,
    );
    expect(done['signed-out']).toBe('signOut.done');
  });
});
