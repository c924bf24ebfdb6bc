// Hashes and random names for the claim ledger. node:crypto loads some fifteen internal modules, and
// only the ledger needs it, so it is loaded on first use rather than when the CLI or server starts
// (about 3 ms of every CLI run, which checks one article as often as a folder).
import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): typeof Crypto => (crypto ??= require('node:crypto') as typeof Crypto);

/** SHA-256 of a text, as lower-case hex. */
export const sha256Hex = (text: string): string => load().createHash('sha256').update(text).digest('hex');

/** `bytes` random bytes as lower-case hex. */
export const randomHex = (bytes: number): string => load().randomBytes(bytes).toString('hex');
