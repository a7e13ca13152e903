import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '../../seeds/actions');

export const SEED_003_FILE = join(SEEDS, 'ua-066-12-fears-for-forcibly-returned-north-koreans.json');

/** The request body that creates the seed-003 action (the real UA 66/12) through the API. */
export function seed003Action(): any {
  return JSON.parse(readFileSync(SEED_003_FILE, 'utf8')).action;
}

/** Seed 003 as its document prints it: without what staff wrote afterwards (the Korean text, the subject phrases). */
export function seed003ActionAsDocument(): any {
  const { subjectPhrases: _phrases, translations: _translations, ...printed } = seed003Action();
  return printed;
}

/** A small valid action with invented people, for tests that need many. */
export function inventedAction(overrides: Record<string, unknown> = {}): any {
  return {
    title: 'Invented case for tests',
    country: 'FR',
    summary: 'Test Person Alpha is held incommunicado.',
    asks: ['Call on the authorities to release Test Person Alpha.'],
    languages: ['en'],
    appealDeadline: '2031-01-15',
    appealDeadlineTimeZone: 'Europe/Paris',
    subjects: [{ name: 'Test Person Alpha', gender: 'female' }],
    targets: [{ role: 'primary', target: { name: 'Invented Minister', kind: 'minister', country: 'FR', fax: '+33 1 23 45 67 89' } }],
    ...overrides,
  };
}
