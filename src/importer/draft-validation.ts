import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ActionFieldsDto } from '../actions/dto/action-fields.dto';
import { FieldError, flattenValidationErrors } from '../common/field-errors';
import type { DraftAction } from './imported-draft';

/** What `POST /api/actions` would refuse in the draft: the fields a person must still fill in or correct. */
export async function invalidDraftFields(draft: DraftAction): Promise<FieldError[]> {
  const body = plainToInstance(ActionFieldsDto, draft);
  return flattenValidationErrors(await validate(body, { whitelist: true, forbidNonWhitelisted: true }));
}
