import { isCapitals } from './capitals';
import type { DocumentLine } from './document-line';
import { find, firstOf } from './line-search';
import { ASK_VERBS, MARKERS } from './document-markers';
import type { DocumentRegions } from './document-regions';

/** A heading in capitals may run over several lines; it ends at the line ending in a colon. */
function headingEnd(lines: DocumentLine[], start: number): number {
  let end = start;
  while (end < start + 3 && !lines[end].text.endsWith(':') && lines[end + 1] && isCapitals(lines[end + 1].text)) end += 1;
  return end;
}

const startsAsk = (line: DocumentLine) => line.bulleted || ASK_VERBS.test(line.text);

/** "Please write immediately in English, Korean or" wraps onto "your own language:". */
function wrapsOnto(lines: DocumentLine[], index: number): boolean {
  const next = lines[index + 1];
  return next !== undefined && !/[:.]$/.test(lines[index].text) && !startsAsk(next) && !MARKERS.deadline.test(next.text);
}

/** Drops the header a second page repeats: "URGENT ACTION" and the title again. */
function withoutRepeatedHeader(lines: DocumentLine[], titleEnd: number, title: string): DocumentLine[] {
  return lines.filter((line, index) => {
    if (index < titleEnd) return true;
    const repeatsHeader = MARKERS.header.test(line.text) && lines[index + 1]?.text === title.split('\n')[0];
    const repeatsTitle = line.text === title.split('\n')[0] && MARKERS.header.test(lines[index - 1]?.text ?? '');
    return !repeatsHeader && !repeatsTitle;
  });
}

/** The layout used until about 2016: header, title, prose, asks, "PLEASE SEND APPEALS BEFORE ...", targets. */
export function readClassicLayout(source: DocumentLine[]): DocumentRegions {
  const headerAt = find(source, MARKERS.header) ?? -1;
  let titleStart = headerAt + 1;
  while (
    source[titleStart] &&
    (MARKERS.identifyingLine.test(source[titleStart].text) || MARKERS.furtherInformation.test(source[titleStart].text))
  )
    titleStart += 1;
  let titleEnd = titleStart;
  while (source[titleEnd] && isCapitals(source[titleEnd].text) && !MARKERS.deadline.test(source[titleEnd].text)) titleEnd += 1;
  const title = source.slice(titleStart, titleEnd);
  const lines = withoutRepeatedHeader(source, titleEnd, title.map((line) => line.text).join('\n'));

  const at = {
    languages: find(lines, MARKERS.languages, titleEnd),
    deadline: find(lines, MARKERS.deadline, titleEnd),
    copies: find(lines, MARKERS.copiesTo, titleEnd),
    localDiplomatic: find(lines, MARKERS.localDiplomaticCopies, titleEnd),
    lateAppeals: find(lines, MARKERS.lateAppeals, titleEnd),
    additional: find(lines, MARKERS.additionalInformation, titleEnd),
    subjects: find(lines, MARKERS.subjectLine, titleEnd),
  };
  const firstAsk = lines.findIndex((line, index) => index >= titleEnd && startsAsk(line));
  const narrativeEnd = firstOf(at.languages, firstAsk < 0 ? null : firstAsk, at.deadline) ?? lines.length;
  const languagesEnd = at.languages === null ? null : wrapsOnto(lines, at.languages) ? at.languages + 1 : at.languages;
  const asksStart = languagesEnd === null ? narrativeEnd : languagesEnd + 1;
  const deadlineEnd = at.deadline === null ? null : headingEnd(lines, at.deadline);
  const afterTargets = firstOf(at.copies, at.localDiplomatic, at.lateAppeals, at.additional, at.subjects) ?? lines.length;
  const afterCopies = firstOf(at.localDiplomatic, at.lateAppeals, at.additional, at.subjects) ?? lines.length;
  const afterAdditional = firstOf(at.subjects) ?? lines.length;
  const notFurniture = (line: DocumentLine) =>
    !MARKERS.identifyingLine.test(line.text) && !MARKERS.localDiplomaticForm.test(line.text) && !MARKERS.header.test(line.text);
  const copiesFirstLine =
    at.copies === null ? null : { ...lines[at.copies], text: lines[at.copies].text.replace(MARKERS.copiesTo, '').trim() };

  return {
    layout: 'classic',
    all: lines,
    title,
    identity: lines.filter((line) => MARKERS.identifyingLine.test(line.text) || MARKERS.furtherInformation.test(line.text)),
    narrative: lines.slice(titleEnd, narrativeEnd).filter(notFurniture),
    languages: at.languages === null || languagesEnd === null ? [] : lines.slice(at.languages, languagesEnd + 1),
    asks: lines.slice(asksStart, at.deadline ?? afterTargets).filter(notFurniture),
    asksAreLetter: false,
    deadline: at.deadline === null || deadlineEnd === null ? [] : lines.slice(at.deadline, deadlineEnd + 1),
    targets: deadlineEnd === null ? [] : lines.slice(deadlineEnd + 1, afterTargets).filter(notFurniture),
    copies:
      at.copies === null
        ? []
        : [...(copiesFirstLine?.text ? [copiesFirstLine] : []), ...lines.slice(at.copies + 1, afterCopies)].filter(notFurniture),
    additionalInformation: at.additional === null ? [] : lines.slice(at.additional + 1, afterAdditional).filter(notFurniture),
    subjects: at.subjects === null ? [] : lines.slice(at.subjects).filter(notFurniture),
  };
}
