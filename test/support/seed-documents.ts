import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seed003ActionAsDocument } from './seed-fixtures';

export const SEED_003_TEXT_FILE = join(__dirname, '../../../shared/seeds/003_15f0a03bee4b474b.txt');

export const documentPath = (name: string) => join(__dirname, '../importer/documents', `${name}.txt`);

/** An invented document's text and the draft a careful person would type from it. */
export function inventedDocument(name: string): { text: string; expected: any } {
  return {
    text: readFileSync(documentPath(name), 'utf8'),
    expected: JSON.parse(readFileSync(join(__dirname, '../importer/documents', `${name}.expected.json`), 'utf8')),
  };
}

export const seed003Text = () => readFileSync(SEED_003_TEXT_FILE, 'utf8');

/** Fields of the structured seed that come from the identifying line, which the extracted seed-003 text lacks. */
export const NOT_IN_SEED_003_TEXT = ['reference', 'documentIndex', 'issuedOn'];

/** The structured seed action without the fields its text does not print. */
export function seed003ActionAsPrinted(): Record<string, unknown> {
  const action = seed003ActionAsDocument();
  for (const field of NOT_IN_SEED_003_TEXT) {
    if (action[field] === undefined) throw new Error(`the structured seed has no ${field}`);
    Reflect.deleteProperty(action, field);
  }
  return action;
}

/** The seed-003 text with the identifying line its original footer carried (DOMAIN.md), which the extraction lost. */
export const seed003TextWithFooter = () => `${seed003Text()}\nUA: 66/12 Index: ASA 24/002/2012 North Korea Date: 1 March 2012\n`;
