import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { TargetFieldsDto } from '../../targets/dto/target-fields.dto';
import { TargetRole } from '../action-vocabulary';

/** A target of the action: an existing directory entry by id, or a new one described in place. */
export class ActionTargetInputDto {
  @ApiProperty({ enum: TargetRole })
  @IsEnum(TargetRole)
  role: TargetRole;

  @ApiPropertyOptional({ description: 'An existing directory entry' })
  @ValidateIf((input: ActionTargetInputDto) => input.target === undefined)
  @IsUUID('all', { message: 'targetId must be a UUID (or give target instead)' })
  targetId?: string;

  @ApiPropertyOptional({ type: TargetFieldsDto, description: 'A new directory entry, created with the action' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetFieldsDto)
  target?: TargetFieldsDto;
}
