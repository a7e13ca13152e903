import { PartialType } from '@nestjs/swagger';
import { ActionFieldsDto } from './action-fields.dto';

/** Any subset of the fields; subjects and targets, when given, replace the lists. */
export class UpdateActionDto extends PartialType(ActionFieldsDto) {}
