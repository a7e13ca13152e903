/** One refused input, named by its path, e.g. "targets[0].target.fax". */
export interface FieldError {
  field: string;
  message: string;
}

/** The names of the fields at fault, once each, for a page to list. */
export function fieldNames(fieldErrors: readonly FieldError[]): string[] {
  return [...new Set(fieldErrors.map((fieldError) => fieldError.field).filter(Boolean))];
}
