export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The most a document upload sends as multipart (`file`, and on the staff import form `_csrf`, `text`, `timeZone`
 * and `lang`), with room to spare; busboy stops reading at the first limit passed.
 */
export const DOCUMENT_UPLOAD_LIMITS = {
  fields: 20,
  parts: 21,
  files: 1,
  fileSize: MAX_UPLOAD_BYTES,
  /** A pasted document: the longest Urgent Action runs to tens of kilobytes. */
  fieldSize: 1024 * 1024,
  fieldNameSize: 100,
  headerPairs: 20,
} as const;
