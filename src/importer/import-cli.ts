import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readDocumentFile } from './document-file';
import { invalidDraftFields } from './draft-validation';
import { readUrgentActionDocument } from './read-document';

const USAGE = 'Usage: npm run import -- <document.txt|document.pdf> [--time-zone Europe/London]';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Reads one Urgent Action document and prints the draft action and its report as JSON. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'time-zone': { type: 'string' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const timeZone = values['time-zone'];
  if (positionals.length !== 1) return fail(USAGE, 2);
  if (timeZone !== undefined && !isTimeZone(timeZone)) return fail(`--time-zone: "${timeZone}" is not an IANA time zone`, 2);
  const text = await readDocumentFile(positionals[0]);
  const reading = readUrgentActionDocument(text, { timeZone });
  const report = { ...reading, invalid: await invalidDraftFields(reading.action) };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.exitCode = fail(`import failed: ${error instanceof Error ? error.message : String(error)}`, 1);
  },
);
