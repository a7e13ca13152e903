import type { DocumentLine } from '../document/document-line';
import { contactEntries, isPersonalName, splitHonorific } from './target-lines';
import { countryInLine } from '../vocabulary/country-names';

/**
 * Splits the lines under "PLEASE SEND APPEALS … TO:" into one block per target. A block ends after its contact
 * lines (Fax, Email, Salutation), or at its country line once a name was seen. Blank lines separate blocks only
 * where the extraction did not put one after every line.
 */
export function targetBlocks(lines: DocumentLine[]): DocumentLine[][] {
  const blanksEverywhere = lines.filter((line) => line.afterBlank).length >= 0.7 * Math.max(1, lines.length - 1);
  const blocks: DocumentLine[][] = [];
  let current: DocumentLine[] = [];
  let sawName = false;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const isContact = contactEntries(line.text) !== null;
    const startsBlock =
      previous !== undefined &&
      !isContact &&
      (contactEntries(previous.text) !== null ||
        (sawName && countryInLine(previous.text) !== null) ||
        (!blanksEverywhere && line.afterBlank));
    if (startsBlock && current.length) {
      blocks.push(current);
      current = [];
      sawName = false;
    }
    current.push(line);
    if (splitHonorific(line.text) || isPersonalName(line.text)) sawName = true;
  });
  if (current.length) blocks.push(current);
  return blocks;
}
