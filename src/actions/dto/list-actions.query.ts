import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { ActionStatus } from '../action-vocabulary';

export class ListActionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ActionStatus })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @ApiPropertyOptional({ example: 'KP' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ description: 'Appeal deadline strictly before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deadlineBefore?: string;

  @ApiPropertyOptional({ description: 'Appeal deadline at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deadlineAfter?: string;

  @ApiPropertyOptional({ description: 'Text in the title or reference' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
