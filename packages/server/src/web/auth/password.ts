import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are hashed with scrypt (node:crypto, no native add-on to build), with the cost
 * OWASP's Password Storage Cheat Sheet gives for scrypt: N = 2^17, r = 8, p = 1 (128 MiB and
 * about a quarter of a second per hash on a small server). The parameters are stored with the
 * hash, `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64url), so they can be raised later and old
 * hashes still verify; `needsRehash` says when a stored hash is below the current cost.
 */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };

/** Longest password accepted: scrypt takes any length, but hashing megabytes is a denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: PasswordCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password for storage. @throws RangeError for an empty or over-long password. */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  if (
    typeof password !== 'string' ||
    password.length === 0 ||
    password.length > MAX_PASSWORD_LENGTH
  )
    throw new RangeError(`A password has 1 to ${MAX_PASSWORD_LENGTH} characters.`);
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parse(stored: string): { cost: PasswordCost; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  // Bounds keep a tampered row from asking for gigabytes or hours.
  if (!valid(N, 2 ** 20) || (N & (N - 1)) !== 0 || !valid(r, 32) || !valid(p, 16)) return undefined;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 16 || key.length !== KEY_LENGTH) return undefined;
  return { cost: { N, r, p }, salt, key };
}

/**
 * Whether `password` matches the stored hash, in constant time. False for a malformed hash or
 * a password outside the accepted length (never throws on bad input).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || typeof password !== 'string' || password.length > MAX_PASSWORD_LENGTH)
    return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made with less than `cost` (rehash it at the next sign-in). */
export function needsRehash(stored: string, cost = DEFAULT_COST): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.cost.N < cost.N || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification without an account, so that a wrong email takes as long
 * as a wrong password (no account enumeration by timing).
 */
export async function verifyNothing(password: string, cost = DEFAULT_COST): Promise<false> {
  dummy ??= hashPassword('no account has this password', cost);
  await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await dummy);
  return false;
}
