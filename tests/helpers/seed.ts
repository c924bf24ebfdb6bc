import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'seeds', '000_7820780226b292ca.txt');
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
