import { PartialType } from '@nestjs/swagger';
import { SectionFieldsDto } from './section-fields.dto';

export class UpdateSectionDto extends PartialType(SectionFieldsDto) {}
