import { TextDecoder } from 'node:util';

/** A PDF starts with "%PDF-" whatever its name or declared type says. */
export const startsAsPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** The bytes as UTF-8 text; throws a TypeError when they are not UTF-8. */
export const utf8Text = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
