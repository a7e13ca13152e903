const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Signed links (payload.signature), session and setup tokens: long base64url runs. */
const TOKEN = /[A-Za-z0-9_-]{32,}(?:\.[A-Za-z0-9_-]{16,})?/g;
/** Row and job ids (a UUID, perhaps after a job-name prefix) are what a log line is for, not secrets. */
const ID = /^(?:[a-z]+-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The last guard before a line leaves the process: email addresses and anything shaped like a token are replaced.
 * Request lines carry no bodies, headers or query strings to begin with; this catches what a message quotes, such as
 * an SMTP reply naming the recipient it refused.
 */
export function withoutPersonalData(line: string): string {
  return line.replace(EMAIL, '[email]').replace(TOKEN, (run) => (ID.test(run) ? run : '[token]'));
}

/** A request path fit for a log: no query string, and no segment that could be a token or an address. */
export function pathForLog(url: string): string {
  const path = url.split('?')[0];
  return path
    .split('/')
    .map((segment) =>
      segment.includes('@') || segment.includes('%40') || withoutPersonalData(segment) !== segment ? ':redacted' : segment,
    )
    .join('/');
}
