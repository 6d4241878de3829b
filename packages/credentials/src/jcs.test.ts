import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from './jcs.js';

const hexOf = (text: string) =>
  Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join(' ');

describe('canonicalize (RFC 8785)', () => {
  // §3.2.2 gives this document (written in JSON text, so with the escapes JSON allows) and its
  // canonical form. By hand: members sorted (literals < numbers < string); 333333333.33333329
  // is the double 333333333.3333333 and prints so; 1E30 → 1e+30; 4.50 → 4.5; 2e-3 → 0.002;
  // 1e-27 stays exponential (ECMAScript switches below 1e-6); in the string, \u20ac becomes €,
  // \u000F becomes \u000f (lowercase hex), \u000a becomes \n, \u0042 becomes B, \u0022 and
  // \u005c stay escaped as \" and \\, and \/ becomes /.
  const SECTION_3_2_2_INPUT = String.raw`{
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  }`;
  const SECTION_3_2_2_OUTPUT = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;

  it('writes the §3.2.2 example as the RFC prints it', () => {
    expect(canonicalize(JSON.parse(SECTION_3_2_2_INPUT))).toBe(SECTION_3_2_2_OUTPUT);
  });

  it('gives the UTF-8 bytes of §3.2.4 for that example', () => {
    expect(hexOf(canonicalize(JSON.parse(SECTION_3_2_2_INPUT)))).toBe(
      '7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c ' +
        '22 6e 75 6d 62 65 72 73 22 3a 5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c ' +
        '31 65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 ' +
        '22 3a 22 e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d',
    );
  });

  it('sorts members by UTF-16 code units (§3.2.3)', () => {
    // By hand, the first code units: \r 000d, "1" 0031, 0080, ö 00f6, € 20ac, the emoji's high
    // surrogate d83d, then U+FB33 fb33: the emoji (U+1F600) sorts before U+FB33 although its
    // code point is higher.
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    const text = canonicalize(input);
    // Read the values off the text: JSON.parse would move the integer-like key "1" first.
    const values = [...text.matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(text).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  // Appendix B: IEEE 754 double (as hex bits) → the JSON text JCS writes.
  const APPENDIX_B: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'], // minus zero
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  const fromBits = (bits: string) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${bits}`));
    return view.getFloat64(0);
  };

  it.each(APPENDIX_B)('writes the double %s as %s (appendix B)', (bits, text) => {
    expect(canonicalize(fromBits(bits))).toBe(text);
  });

  it('rejects what appendix B marks as errors: NaN and Infinity', () => {
    expect(() => canonicalize(fromBits('7fffffffffffffff'))).toThrow(TypeError);
    expect(() => canonicalize(fromBits('7ff0000000000000'))).toThrow(TypeError);
    expect(() => canonicalize([1, -Infinity])).toThrow(/\/1/);
  });

  it('rejects what JSON cannot hold and lone surrogates (I-JSON)', () => {
    expect(() => canonicalize('\ud800')).toThrow(/surrogate/);
    expect(() => canonicalize({ '\udc00': 1 })).toThrow(/surrogate/);
    expect(() => canonicalize([undefined])).toThrow(TypeError);
    expect(() => canonicalize(() => 1)).toThrow(TypeError);
    expect(() => canonicalize(Symbol('s'))).toThrow(TypeError);
    expect(() => canonicalize(10n)).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(/cycle/);
  });

  it('leaves out undefined members and uses toJSON, as JSON.stringify does', () => {
    expect(canonicalize({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalize({ at: new Date('2026-03-12T15:00:00Z') })).toBe(
      '{"at":"2026-03-12T15:00:00.000Z"}',
    );
    // The same object twice is not a cycle.
    const shared = { x: 1 };
    expect(canonicalize([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });

  it('escapes controls as §3.2.2.2 says and leaves the rest alone', () => {
    expect(canonicalize('\u0000\b\t\n\f\r\u001f\u007f\u2028"\\/')).toBe(
      '"\\u0000\\b\\t\\n\\f\\r\\u001f\u007f\u2028\\"\\\\/"',
    );
  });

  it('is a fixed point and ignores member order and whitespace', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalize(value);
        expect(canonicalize(JSON.parse(text))).toBe(text);
        expect(canonicalize(JSON.parse(JSON.stringify(value, null, 2)))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
