/** One writer, however they typed their address: "Ji-woo@Example.net " and "ji-woo@example.net" are the same. */
export function normaliseWriterEmail(email: string): string {
  return email.trim().toLowerCase();
}
