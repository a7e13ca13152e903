import { ASK_VERBS } from '../document/document-markers';
import type { DocumentLine } from '../document/document-line';
import type { DocumentRegions } from '../document/document-regions';
import { joinLines, paragraphs } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';

// In a model letter the asks are the sentences that ask something of the addressee.
// "Meanwhile, I call on you …": an opening word and comma may come first.
const LETTER_ASK = new RegExp(
  '^(?:[A-Z][a-z]+(?: [a-z]+)?, )?(?:I|We)(?: also| further| therefore| strongly| respectfully| urgently)? ' +
    '(?:urge|call on|ask|request|demand|am (?:urging|calling on|asking)|would like to (?:urge|ask|call on))\\b|^Please\\b',
);

function listedAsks(lines: DocumentLine[]): DocumentLine[][] {
  const asks: DocumentLine[][] = [];
  for (const line of lines) {
    if (line.bulleted || ASK_VERBS.test(line.text) || asks.length === 0) asks.push([line]);
    else asks[asks.length - 1].push(line);
  }
  return asks;
}

function letterAsks(lines: DocumentLine[]): { text: string; lines: DocumentLine[] }[] {
  return paragraphs(lines).flatMap((paragraph) =>
    paragraph.text
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .filter((sentence) => LETTER_ASK.test(sentence))
      .map((sentence) => ({ text: sentence, lines: paragraph.lines })),
  );
}

/** The asks: bulleted "Call on … / Urge … / Ask …" items, or the requests of the later layout's model letter. */
export function extractAsks(regions: DocumentRegions, report: DraftReport): string[] {
  const asks = regions.asksAreLetter
    ? letterAsks(regions.asks)
    : // The telex era ends each dash bullet with the list's own punctuation: "…;", "…; and".
      listedAsks(regions.asks).map((lines) => ({ text: joinLines(lines).replace(/\s*[;,]\s*(?:and|or)?$/, ''), lines }));
  asks.forEach((ask, index) => {
    const listed = ask.lines[0].bulleted || ASK_VERBS.test(ask.text);
    report.read(`asks[${index}]`, regions.asksAreLetter ? 0.6 : listed ? 0.9 : 0.5, ask.lines, ask.text);
  });
  if (asks.length === 0) report.missing('asks', 'no bulleted asks ("Call on …", "Urge …") were found');
  return asks.map((ask) => ask.text);
}
