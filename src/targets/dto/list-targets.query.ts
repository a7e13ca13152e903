import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { TargetKind } from '../target-kind';

export class ListTargetsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches name, title, organisation or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: TargetKind })
  @IsOptional()
  @IsEnum(TargetKind)
  kind?: TargetKind;
}
