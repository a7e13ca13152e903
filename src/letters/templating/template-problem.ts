/** Something wrong in a template, with where it is (1-based line and column, as an editor shows them). */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}
