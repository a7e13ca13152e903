import { Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvExport } from '../csv-export';

const logger = new Logger('CsvExport');

/**
 * Streams the export: the first page is read before the answer starts, so a failure there is an ordinary error answer;
 * a later one cuts the transfer short (the client sees an incomplete download, never a file that looks whole).
 */
export async function sendCsv<Row extends object>(response: Response, csv: CsvExport<Row>): Promise<void> {
  const pages = csv.pages[Symbol.asyncIterator]();
  const first = await pages.next();
  const rows = Readable.from(
    (async function* () {
      if (!first.done) yield* first.value;
      for (let page = await pages.next(); !page.done; page = await pages.next()) yield* page.value;
    })(),
  );
  response.status(200).type('text/csv; charset=utf-8').attachment(csv.fileName).setHeader('Cache-Control', 'private, no-store');
  // A BOM so spreadsheets read UTF-8 (Korean names); formulas escaped so a name like "=HYPERLINK(…)" stays text.
  const writer = stringify({
    header: true,
    columns: csv.columns,
    bom: true,
    escape_formulas: true,
    cast: { date: (date) => date.toISOString() },
  });
  try {
    await pipeline(rows, writer, response);
  } catch (error) {
    logger.error(`${csv.fileName} stopped after it started: ${(error as Error).message}`);
    response.destroy();
  }
}
