import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_EXAMPLE } from './seed-examples';

const seedsFolder = join(__dirname, '../../../seeds/actions');
const file = readdirSync(seedsFolder).find((name) => name.startsWith('ua-066-12'));
interface SeedAction extends Record<string, unknown> {
  appealDeadline: string;
  risks: string[];
  subjects: object[];
  subjectPhrases: Record<string, string>;
  targets: Array<{ target: object }>;
}
const seed = JSON.parse(readFileSync(join(seedsFolder, file ?? 'missing'), 'utf8')) as { action: SeedAction };

describe('the OpenAPI examples', () => {
  it('read as the seed action UA 66/12 does', () => {
    const { action } = seed;
    for (const field of [
      'reference',
      'documentIndex',
      'title',
      'country',
      'issuedOn',
      'appealDeadlineTimeZone',
      'languages',
      'appealsAddressedTo',
    ] as const) {
      expect([field, SEED_EXAMPLE[field]]).toEqual([field, action[field]]);
    }
    expect(SEED_EXAMPLE.appealDeadline.startsWith(action.appealDeadline)).toBe(true);
    expect(action.risks).toEqual(expect.arrayContaining([...SEED_EXAMPLE.risks]));
    expect(action.subjects[0]).toMatchObject(SEED_EXAMPLE.subject);
    expect(action.subjectPhrases.en).toBe(SEED_EXAMPLE.subjectPhrase);
    const { id, ...target } = SEED_EXAMPLE.target;
    expect(action.targets[0].target).toMatchObject(target);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
