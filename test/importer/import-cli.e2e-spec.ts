import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../support/built-app';
import { inventedDocument, NOT_IN_SEED_003_TEXT, seed003ActionAsPrinted, SEED_003_TEXT_FILE } from '../support/seed-documents';
import { laidOutPdf } from './laid-out-pdf';
import { pdfOf } from './pdf-document';

// Runs the CLI that `npm run import` runs after its build, from the dist/ global setup built (a build
// here would rewrite dist/ under other test files that are running the app from it).
async function runImport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'dist/importer/import-cli.js'), ...args], {
      cwd: PROJECT_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the import CLI (npm run import)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ua-import-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints the seed-003 draft as JSON, equal to the structured seed but for what the text does not print', async () => {
    const { code, stdout } = await runImport(SEED_003_TEXT_FILE, '--time-zone', 'Europe/London');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.action).toEqual(seed003ActionAsPrinted());
    expect(report.unread.map((entry: any) => entry.field)).toEqual(NOT_IN_SEED_003_TEXT);
    expect(report.deadline).toMatchObject({ printed: '10 APRIL 2012', instant: '2012-04-09T23:00:00.000Z' });
    expect(report.invalid).toEqual([]);
  });

  it('reads a PDF file too', async () => {
    const { text, expected } = inventedDocument('no-email');
    const file = join(scratch, 'blogger.pdf');
    // The standard PDF font has no glyph for the private-use bullet a Word export prints; a printed bullet stands in.
    writeFileSync(file, await pdfOf(text.replace(/\r/g, '').replace(/\uF0B7/g, '•')));
    const { code, stdout } = await runImport(file, '--time-zone', 'Asia/Baku');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).action).toEqual(expected);
  });

  it('reads .txt and .pdf documents of the telex and labelled layouts', async () => {
    for (const [name, timeZone] of [
      ['telex-further-information', 'Europe/Moscow'],
      ['labelled-defenders', 'America/Tegucigalpa'],
    ]) {
      const { text, expected } = inventedDocument(name);
      const txt = join(scratch, `${name}.txt`);
      const pdf = join(scratch, `${name}.pdf`);
      writeFileSync(txt, text);
      writeFileSync(pdf, await laidOutPdf(text));
      for (const file of [txt, pdf]) {
        const { code, stdout } = await runImport(file, '--time-zone', timeZone);
        expect({ file, code }).toEqual({ file, code: 0 });
        expect(JSON.parse(stdout).action).toEqual(expected);
      }
    }
  });

  it('explains its usage, a bad time zone and a missing file on stderr with a non-zero exit', async () => {
    expect(await runImport()).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Usage: npm run import') });
    expect(await runImport(SEED_003_TEXT_FILE, '--time-zone', 'Mars/Olympus')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"Mars/Olympus" is not an IANA time zone'),
    });
    expect(await runImport(join(scratch, 'missing.txt'))).toMatchObject({ code: 1, stderr: expect.stringContaining('ENOENT') });
  });
});
