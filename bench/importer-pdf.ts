import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentFile } from '../src/importer/document-file';
import { readUrgentActionDocument } from '../src/importer/read-document';
import { laidOutPdf } from '../test/importer/laid-out-pdf';

/**
 * How long a 2-page PDF takes to read into a draft (issue 18: under 2 s), as `npm run import` and POST /api/imports
 * read it: the first PDF of a process (PDF.js loaded into its worker) and the ones after it. The baseline is unpdf's
 * own `extractText` in a fresh process-wide import, which shares none of the importer's code.
 * Last line: one JSON object.
 */
const DOCUMENTS = ['labelled-defenders', 'telex-refoulement', 'several-targets'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const files: string[] = [];
  for (const name of DOCUMENTS) {
    const file = join(scratch, `${name}.pdf`);
    writeFileSync(file, await laidOutPdf(readFileSync(join(process.cwd(), 'test/importer/documents', `${name}.txt`), 'utf8')));
    files.push(file);
  }
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const read = (file: string) => timed(async () => readUrgentActionDocument(await readDocumentFile(file), { timeZone: 'UTC' }));

  const firstMs = await read(files[0]);
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) for (const file of files) warm.push(await read(file));

  const { extractText } = await (new Function('return import("unpdf")')() as Promise<typeof import('unpdf')>);
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const file of files) baseline.push(await timed(() => extractText(new Uint8Array(readFileSync(file)), { mergePages: true })));
  }
  process.stdout.write(
    `${JSON.stringify({
      documents: DOCUMENTS.length,
      pages: 2,
      firstPdfMs: Math.round(firstMs),
      medianPdfMs: Math.round(median(warm)),
      maxPdfMs: Math.round(Math.max(...warm)),
      baselineUnpdfExtractTextMedianMs: Math.round(median(baseline)),
      goalMs: 2000,
      metGoal: Math.max(firstMs, ...warm) < 2000,
    })}\n`,
  );
}

void main();
