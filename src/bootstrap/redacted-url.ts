/** A connection URL fit to print: any password replaced, so a banner or a log never carries a secret. */
export function redactedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  } catch {
    return value.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  }
}
