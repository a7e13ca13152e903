import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Gender, SubjectStatus } from '../action-vocabulary';

/** A person or group at risk, as staff type it or a document prints it. */
export class SubjectFieldsDto {
  @ApiProperty({ example: 'At least nine North Koreans' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  name: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isGroup?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  groupSize?: number | null;

  @ApiPropertyOptional({ enum: Gender, default: Gender.Unknown })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Unknown', description: 'The "Gender m/f:" line as printed' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  genderPrinted?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isPseudonym?: boolean;

  @ApiPropertyOptional({ enum: SubjectStatus, default: SubjectStatus.AtRisk })
  @IsOptional()
  @IsEnum(SubjectStatus)
  status?: SubjectStatus;
}
