import { DOCUMENT_UPLOAD_LIMITS } from '../../importer/upload-limits';

/** Limits whose refusal the import page shows beside the file field; passing any other refuses the whole form. */
export const FILE_FIELD_PROBLEMS = new Set(['LIMIT_FILE_SIZE', 'LIMIT_FILE_COUNT', 'LIMIT_UNEXPECTED_FILE']);

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FIELD_COUNT: `The form has more than ${DOCUMENT_UPLOAD_LIMITS.fields} fields`,
  LIMIT_PART_COUNT: `The form has more than ${DOCUMENT_UPLOAD_LIMITS.parts} parts`,
  LIMIT_FIELD_VALUE: `A field of the form is longer than ${DOCUMENT_UPLOAD_LIMITS.fieldSize / 1024} kB`,
  LIMIT_FIELD_KEY: `A field name of the form is longer than ${DOCUMENT_UPLOAD_LIMITS.fieldNameSize} characters`,
};

export function formLimitMessage(code: string): string {
  return LIMIT_MESSAGES[code] ?? 'The form is larger than any staff form';
}
