/** One refused input, named by its path, e.g. "targets[0].target.fax". */
export interface FieldError {
  field: string;
  message: string;
}
