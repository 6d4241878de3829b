/**
 * The hash of a secured document's unsecured form (§3.3.4), computed once per distinct
 * `@context` however many proofs a proof set holds: every top-level member other than `proof`
 * and `@context` is canonicalised once, and each proof's `@context` is put in its place.
 *
 * @packageDocumentation
 */
import { canonicalize } from './jcs.js';
import { sha256Text } from './webcrypto.js';

/**
 * The SHA-256 of the JCS text of `document` without `proof`, with `@context` replaced by the
 * value given to {@link UnsecuredDocument.hash} (left out when that is `undefined`).
 */
export class UnsecuredDocument {
  readonly #document: Record<string, unknown>;
  /** `"name":value` texts of the members, in JCS order; made on first use. */
  #members: { key: string; text: string }[] | undefined;
  readonly #hashes = new Map<string, Promise<Uint8Array>>();

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

  /** The JCS text of the document with this `@context` (none when `undefined`). */
  text(context: unknown): string {
    const members = this.#sortedMembers();
    const parts = members.map((member) => member.text);
    if (context !== undefined) {
      // '@context' goes where the same order puts it among the other names.
      let at = 0;
      while (at < members.length && members[at]!.key < '@context') at++;
      parts.splice(at, 0, `"@context":${canonicalize(context)}`);
    }
    return `{${parts.join(',')}}`;
  }

  /** SHA-256 of {@link UnsecuredDocument.text}, computed once per distinct `@context`. */
  hash(context: unknown): Promise<Uint8Array> {
    const key = context === undefined ? '' : canonicalize(context);
    let hash = this.#hashes.get(key);
    if (!hash) {
      hash = sha256Text(this.text(context));
      this.#hashes.set(key, hash);
    }
    return hash;
  }
}
