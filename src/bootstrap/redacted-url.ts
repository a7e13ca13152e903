/** A connection URL fit to print: any password replaced, so a banner or a log never carries a secret. */
export function redactedUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url && url.host !== '') {
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  }
  // Not a URL with a host (a missing "//", a bad port): still hide whatever stands between "user:" and "@".
  return value.replace(/([^:@/\s]*):[^@\s]*@/, '$1:***@');
}
