import { PartialType } from '@nestjs/swagger';
import { TargetFieldsDto } from './target-fields.dto';

export class UpdateTargetDto extends PartialType(TargetFieldsDto) {}
