import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ActionOutcome, ActionUpdateKind } from '../action-vocabulary';

export class CreateActionUpdateDto {
  @ApiProperty({ enum: ActionUpdateKind })
  @IsEnum(ActionUpdateKind)
  kind: ActionUpdateKind;

  @ApiProperty({ example: 'Two released, hundreds still held' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  body: string;

  @ApiPropertyOptional({ example: 'ASA 24/004/2012' })
  @IsOptional()
  @Matches(/^[A-Z]{3} \d{2}\/\d{3,4}\/\d{4}$/, { message: 'documentIndex must look like "ASA 24/004/2012"' })
  documentIndex?: string;

  @ApiPropertyOptional({ type: [String], description: "New asks; they replace the action's" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  asks?: string[];

  @ApiPropertyOptional({ description: "Required for a deadline extension; read in the action's deadline time zone" })
  @IsOptional()
  @IsISO8601({ strict: true })
  newAppealDeadline?: string;

  @ApiPropertyOptional({ enum: ActionOutcome, description: 'Required for an outcome' })
  @IsOptional()
  @IsEnum(ActionOutcome)
  outcome?: ActionOutcome;

  @ApiPropertyOptional({ default: true, description: 'Whether an outcome ends the action' })
  @IsOptional()
  @IsBoolean()
  closesAction?: boolean;
}
