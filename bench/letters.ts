import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UrgentAction } from '../src/actions/urgent-action.entity';
import { composeLetter, LetterSources } from '../src/letters/composition/compose-letter';
import { letterText } from '../src/letters/composition/composed-letter';
import { letterContext } from '../src/letters/composition/letter-context';
import { letterHtml } from '../src/letters/composition/letter-html';
import { letterPdf } from '../src/letters/pdf/letter-pdf';
import { loadDefaultParts } from '../src/letters/templating/default-letter-parts';
import { supporterKey } from '../src/letters/templating/paragraph-choice';
import type { Target } from '../src/targets/target.entity';

/**
 * Letters rendered per second on one core, in process (no HTTP, no database): the seed-003 action (UA 66/12)
 * to its two primary targets, alternating English and Korean, each letter for a different supporter.
 * HTML means compose + HTML + plain text; PDF means compose + PDF. Target (issue #3): 20,000 HTML/s and 100 PDF/s.
 * Last line: one JSON object with htmlPerSecond, pdfPerSecond, peakRssMb.
 */
const HTML_SECONDS = Number(process.env.BENCH_HTML_SECONDS ?? 3);
const PDF_SECONDS = Number(process.env.BENCH_PDF_SECONDS ?? 5);

/** A target of the seed file, as the JSON has it. */
interface SeedTarget {
  role: string;
  target: { fax?: string | null } & Record<string, unknown>;
}
const seed = JSON.parse(
  readFileSync(join(process.cwd(), 'seeds/actions/ua-066-12-fears-for-forcibly-returned-north-koreans.json'), 'utf8'),
).action;
const action = {
  ...seed,
  id: '00000000-0000-4000-8000-000000000066',
  status: 'published',
  embargoUntil: null,
  appealDeadline: new Date('2012-04-09T23:00:00Z'),
  subjects: seed.subjects.map((subject: object, position: number) => ({ ...subject, position })),
} as unknown as UrgentAction;
const targets = (seed.targets as SeedTarget[])
  .filter((link) => link.role === 'primary')
  .map((link, index: number) => ({
    honorific: null,
    organisation: null,
    salutation: null,
    email: null,
    preferredLanguage: null,
    ...link.target,
    id: `00000000-0000-4000-8000-00000000000${index}`,
    faxPrinted: link.target.fax ?? null,
  })) as Target[];
const sources: LetterSources = { defaults: loadDefaultParts(), sectionTemplate: null, actionTemplate: null };
const today = new Date('2012-03-05T10:00:00Z');

function compose(index: number) {
  const target = targets[index % targets.length];
  const language = index % 4 < 2 ? 'en' : 'ko';
  const supporter = { name: `Bench Writer ${index}`, city: 'Busan', country: 'KR' };
  const context = letterContext(action, target, supporter, language, today, 'Urgent Action Network');
  return composeLetter(sources, {
    context,
    supporterKey: supporterKey(supporter.name, supporter.city, supporter.country),
    targetId: target.id,
  });
}

async function rate(seconds: number, render: (index: number) => unknown): Promise<{ perSecond: number; count: number }> {
  for (let index = 0; index < 50; index++) await render(index); // warm-up: fonts parsed, templates compiled, JIT
  let count = 0;
  const started = process.hrtime.bigint();
  const until = started + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < until) {
    for (let batch = 0; batch < 20; batch++) await render(count++);
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: Math.round(count / elapsed), count };
}

async function main(): Promise<void> {
  console.log(`letters bench: UA 66/12, 2 primary targets, en and ko alternating, node ${process.version}, one core`);
  let bytes = 0;
  const html = await rate(HTML_SECONDS, (index) => {
    const letter = compose(index);
    bytes += letterHtml(letter).length + letterText(letter).length;
  });
  console.log(`HTML + text   ${html.perSecond} letters/s  (${html.count} letters, ${Math.round(bytes / html.count)} characters each)`);
  let pdfBytes = 0;
  const pdf = await rate(PDF_SECONDS, async (index) => {
    pdfBytes += (await letterPdf(compose(index), `Bench Writer ${index}`)).length;
  });
  console.log(`PDF           ${pdf.perSecond} letters/s  (${pdf.count} letters, ${Math.round(pdfBytes / pdf.count / 1024)} KiB each)`);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`peak RSS      ${peakRssMb} MB`);
  console.log(JSON.stringify({ htmlPerSecond: html.perSecond, pdfPerSecond: pdf.perSecond, peakRssMb }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
