import type { FieldError } from '../../common/field-errors';
import { Refused } from '../../platform/errors/domain-errors';
import type { LetterTemplateDto } from '../dto/letter-template.dto';
import { checkTemplate } from '../templating/template-checker';

const WORDING_MAX = 20_000;

export interface TemplateFieldError extends FieldError {
  line?: number;
  column?: number;
}

/** Every part of a template checked before it is saved: 422 naming the field, line and column of each problem. */
export function assertTemplateValid(input: LetterTemplateDto): void {
  const errors: TemplateFieldError[] = [];
  const check = (field: string, source: unknown) => {
    if (typeof source !== 'string') {
      errors.push({ field, message: `${field} must be text` });
      return;
    }
    if (source.length > WORDING_MAX) errors.push({ field, message: `${field} is longer than ${WORDING_MAX} characters` });
    for (const problem of checkTemplate(source)) {
      errors.push({
        field,
        line: problem.line,
        column: problem.column,
        message: `${field}, line ${problem.line}, column ${problem.column}: ${problem.message}`,
      });
    }
  };
  for (const field of ['subjectLine', 'salutation', 'asks', 'closing'] as const) {
    if (input[field] !== undefined && input[field] !== null) check(field, input[field]);
  }
  input.paragraphs.forEach((wordings, paragraph) =>
    wordings.forEach((wording, index) => check(`paragraphs[${paragraph}][${index}]`, wording)),
  );
  if (errors.length > 0) throw Refused.of(errors);
}
