/**
 * The hash of a secured document's unsecured form (§3.3.4), computed once per distinct
 * `@context` however many proofs a proof set holds: every top-level member other than `proof`
 * and `@context` is canonicalised once, and each proof's `@context` is put in its place.
 *
 * @packageDocumentation
 */
import { canonicalize } from './jcs.js';
import { sha256, sha256Text, utf8 } from './webcrypto.js';

/**
 * The SHA-256 of the JCS text of `document` without `proof`, with `@context` replaced by the
 * value given to {@link UnsecuredDocument.hash} (left out when that is `undefined`).
 */
export class UnsecuredDocument {
  readonly #document: Record<string, unknown>;
  /** `"name":value` texts of the members, in JCS order; made on first use. */
  #members: { key: string; text: string }[] | undefined;
  readonly #hashes = new Map<string, Promise<Uint8Array>>();
  #encoded: { head: Uint8Array; tail: Uint8Array; before: number; after: number } | undefined;

  constructor(document: Record<string, unknown>) {
    this.#document = document;
  }

  #sortedMembers(): { key: string; text: string }[] {
    if (!this.#members) {
      const document = this.#document;
      // JCS sorts member names by UTF-16 code units: Array.prototype.sort's default order.
      const keys = Object.keys(document)
        .filter((key) => key !== 'proof' && key !== '@context' && document[key] !== undefined)
        .sort();
      this.#members = keys.map((key) => ({
        key,
        text: `${canonicalize(key)}:${canonicalize(document[key])}`,
      }));
    }
    return this.#members;
  }

  /** The member texts before and after where `@context` goes (UTF-16 code unit order). */
  #split(): { before: string[]; after: string[] } {
    const texts = this.#sortedMembers();
    let at = 0;
    while (at < texts.length && texts[at]!.key < '@context') at++;
    return {
      before: texts.slice(0, at).map((m) => m.text),
      after: texts.slice(at).map((m) => m.text),
    };
  }

  /** The JCS text of the document with this `@context` (none when `undefined`). */
  text(context: unknown): string {
    const { before, after } = this.#split();
    const member = context === undefined ? [] : [`"@context":${canonicalize(context)}`];
    return `{${[...before, ...member, ...after].join(',')}}`;
  }

  /**
   * The UTF-8 bytes of the text before and after the `@context` member, encoded once, so that
   * each further `@context` costs one concatenation and one SHA-256, not a canonicalisation.
   */
  #halves(): { head: Uint8Array; tail: Uint8Array; before: number; after: number } {
    if (!this.#encoded) {
      const { before, after } = this.#split();
      this.#encoded = {
        head: utf8(`{${before.join(',')}`),
        tail: utf8(`${after.join(',')}}`),
        before: before.length,
        after: after.length,
      };
    }
    return this.#encoded;
  }

  /** SHA-256 of {@link UnsecuredDocument.text}, computed once per distinct `@context`. */
  hash(context: unknown): Promise<Uint8Array> {
    const key = context === undefined ? '' : canonicalize(context);
    let hash = this.#hashes.get(key);
    if (!hash) {
      if (context === undefined) {
        hash = sha256Text(this.text(undefined));
      } else {
        const { head, tail, before, after } = this.#halves();
        const member = utf8(`${before > 0 ? ',' : ''}"@context":${key}${after > 0 ? ',' : ''}`);
        const bytes = new Uint8Array(head.length + member.length + tail.length);
        bytes.set(head, 0);
        bytes.set(member, head.length);
        bytes.set(tail, head.length + member.length);
        hash = sha256(bytes);
      }
      this.#hashes.set(key, hash);
    }
    return hash;
  }
}
