import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pageText, PositionedText } from './pdf-page-text';

// unpdf loads PDF.js (a kept, pure-JavaScript build) with a dynamic import, so it runs in a worker of its own; that
// also keeps a large or hostile PDF off the event loop and lets a time limit stop it. The worker stays for the next
// PDF: loading PDF.js costs more than reading a two-page document.
const EXTRACT = `
const { parentPort, workerData } = require('node:worker_threads');
// PDF.js prints warnings about damaged files; they must not mix into the CLI's JSON on stdout.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {};
const loaded = import(workerData.unpdf);
async function pages(bytes) {
  const { getDocumentProxy } = await loaded;
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const found = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      found.push(content.items.filter((item) => 'str' in item).map((item) => ({
        str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, hasEOL: item.hasEOL,
      })));
    }
    return found;
  } finally {
    await pdf.destroy();
  }
}
parentPort.on('message', ({ id, bytes }) => pages(bytes).then(
  (found) => parentPort.postMessage({ id, pages: found }),
  (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
));
`;

export class UnreadablePdf extends Error {}

type Answer = { id: number; pages?: PositionedText[][]; error?: string };
interface Pending {
  resolve: (text: string) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let reader: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 1;

function startReader() {
  const worker = new Worker(EXTRACT, {
    eval: true,
    workerData: { unpdf: pathToFileURL(require.resolve('unpdf')).href },
  });
  const started = { worker, pending: new Map<number, Pending>() };
  worker.on('message', ({ id, pages, error }: Answer) => {
    const waiting = settle(started, id);
    if (!waiting) return;
    if (pages) waiting.resolve(pages.map(pageText).join('\n\f\n'));
    else waiting.reject(new UnreadablePdf(error ?? 'the PDF could not be read'));
  });
  worker.on('error', (error) => stopReader(started, new UnreadablePdf(error.message)));
  worker.on('exit', () => stopReader(started, new UnreadablePdf('the PDF reader stopped')));
  worker.unref();
  return started;
}

/** The request's waiter, removed; the worker lets the process exit while nothing is waiting. */
function settle(owner: NonNullable<typeof reader>, id: number): Pending | undefined {
  const waiting = owner.pending.get(id);
  if (!waiting) return undefined;
  clearTimeout(waiting.timer);
  owner.pending.delete(id);
  if (owner.pending.size === 0) owner.worker.unref();
  return waiting;
}

/** Ends the worker and fails every request still waiting on it; the next PDF starts a fresh one. */
function stopReader(owner: NonNullable<typeof reader>, error: Error): void {
  if (reader === owner) reader = null;
  for (const id of [...owner.pending.keys()]) settle(owner, id)?.reject(error);
  void owner.worker.terminate();
}

/** The text of each page of a PDF, pages joined by a form feed as text extraction prints a page break. */
export function pdfText(bytes: Uint8Array, timeoutMs = 20_000): Promise<string> {
  const owner = (reader ??= startReader());
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    // A PDF that takes too long takes the worker with it, so that it stops using the CPU.
    const timer = setTimeout(() => stopReader(owner, new UnreadablePdf(`reading the PDF took longer than ${timeoutMs} ms`)), timeoutMs);
    owner.pending.set(id, { resolve, reject, timer });
    owner.worker.ref();
    owner.worker.postMessage({ id, bytes });
  });
}
