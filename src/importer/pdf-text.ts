import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pageText, PositionedText } from './pdf-page-text';

// unpdf loads PDF.js (a kept, pure-JavaScript build) with a dynamic import, so it runs in a worker of its own; that also keeps a large or
// hostile PDF off the event loop and lets a time limit stop it.
const EXTRACT = `
const { parentPort, workerData } = require('node:worker_threads');
async function pages({ getDocumentProxy }) {
  const pdf = await getDocumentProxy(workerData.bytes);
  const found = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    found.push(content.items.filter((item) => 'str' in item).map((item) => ({
      str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, hasEOL: item.hasEOL,
    })));
  }
  return found;
}
import(workerData.unpdf)
  .then(pages)
  .then((found) => parentPort.postMessage({ pages: found }), (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

export class UnreadablePdf extends Error {}

/** The text of each page of a PDF, pages joined by a form feed as text extraction prints a page break. */
export function pdfText(bytes: Uint8Array, timeoutMs = 20_000): Promise<string> {
  const worker = new Worker(EXTRACT, {
    eval: true,
    workerData: { bytes, unpdf: pathToFileURL(require.resolve('unpdf')).href },
    // PDF.js prints warnings about damaged files; they must not mix into the CLI's JSON on stdout.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new UnreadablePdf(`reading the PDF took longer than ${timeoutMs} ms`)), timeoutMs);
    worker.once('message', (answer: { pages?: PositionedText[][]; error?: string }) => {
      clearTimeout(timer);
      if (answer.pages) resolve(answer.pages.map(pageText).join('\n\f\n'));
      else reject(new UnreadablePdf(answer.error ?? 'the PDF could not be read'));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new UnreadablePdf(error.message));
    });
  }).finally(() => void worker.terminate());
}
