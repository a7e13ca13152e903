import type { Environment } from '../config/environment';
import { redactedUrl } from './redacted-url';

export interface StartBannerFacts {
  url: string;
  startedInMs: number;
  setupToken: string | null;
  environment: Environment;
}

/** What `npm start` prints once it answers: the pages the product is for, how to become staff, and where mail goes. */
export function startBanner({ url, startedInMs, setupToken, environment }: StartBannerFacts): string {
  const database = environment.DATABASE_URL
    ? `PostgreSQL at ${redactedUrl(environment.DATABASE_URL)}`
    : `embedded PGlite in ${environment.PGLITE_DIR}`;
  const mail = environment.SMTP_URL
    ? `the SMTP server at ${redactedUrl(environment.SMTP_URL)}`
    : `.eml files in ${environment.OUTBOX_DIR}/`;
  const lines = [
    `Urgent Action campaign manager is ready in ${startedInMs} ms`,
    '',
    `  Public pages:     ${url}/`,
    `  Staff:            ${url}/staff`,
    ...(setupToken
      ? [`  First admin:      ${url}/staff/setup/${setupToken}   (no staff account yet: open this once, within 24 hours)`]
      : []),
    `  Section offices:  ${url}/office`,
    `  Supporters:       ${url}/my`,
    `  API docs:         ${url}/api/docs`,
    '',
    `  Mail goes to:     ${mail}`,
    `  Database:         ${database}`,
    `  Redis:            ${redactedUrl(environment.REDIS_URL)}`,
  ];
  return `\n${lines.join('\n')}\n\n`;
}

/** The banner's facts as fields of one JSON log line (LOG_FORMAT=json). The setup link is left out: it is a token. */
export function startFacts({ url, startedInMs, setupToken, environment }: StartBannerFacts): Record<string, unknown> {
  return {
    msg: `Urgent Action campaign manager is ready in ${startedInMs} ms`,
    publicPages: `${url}/`,
    staff: `${url}/staff`,
    apiDocs: `${url}/api/docs`,
    metrics: `${url}/metrics`,
    mail: environment.SMTP_URL ? 'smtp' : 'file outbox',
    database: environment.DATABASE_URL ? 'postgresql' : 'embedded pglite',
    ...(setupToken
      ? { firstAdmin: 'no staff account yet: make one with `npm run user:create`, or start once with LOG_FORMAT=text for the setup link' }
      : {}),
  };
}
