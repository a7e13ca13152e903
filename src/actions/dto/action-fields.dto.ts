import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RiskCode } from '../action-vocabulary';
import { ActionTargetInputDto } from './action-target-input.dto';
import { ActionTranslationDto } from './action-translation.dto';
import { IsPhrasesByLanguage } from './is-phrases-by-language.validator';
import { IsTranslationsByLanguage } from './is-translations-by-language.validator';
import { SubjectFieldsDto } from './subject-fields.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Everything staff give when they create an action; PATCH takes any subset. */
@ApiExtraModels(ActionTranslationDto)
export class ActionFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'UA 66/12', description: 'Sequence number and year; required to publish' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/^UA:?\s*/i, 'UA ') : value))
  // "DEMO 1" is the demonstration's, so staff can edit it like any other action.
  @Matches(/^(UA \d{1,4}\/\d{2}|DEMO \d{1,4})$/, { message: 'reference must look like "UA 66/12"' })
  reference?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ASA 24/002/2012' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[A-Z]{3} \d{2}\/\d{3,4}\/\d{4}$/, { message: 'documentIndex must look like "ASA 24/002/2012"' })
  documentIndex?: string | null;

  @ApiProperty({ example: 'Fears for forcibly returned North Koreans' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @Transform(trim)
  title: string;

  @ApiProperty({ example: 'KP', description: 'ISO 3166-1 alpha-2 of the country concerned' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO31661Alpha2()
  country: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary: string;

  @ApiPropertyOptional({ description: 'Body text; paragraphs separated by a blank line' })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  body?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  additionalInformation?: string;

  @ApiProperty({ type: [String], description: 'In order, each starting with a verb' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  asks: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'at least nine North Koreans', ko: '최소 9명의 북한 주민' },
    description:
      'How a letter in each language names the people at risk mid-sentence ("my deep concern for …"); ' +
      'without one, the names are joined, and a group description starts in lower case in languages with case',
  })
  @IsOptional()
  @IsPhrasesByLanguage()
  subjectPhrases?: Record<string, string>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ActionTranslationDto) },
    description:
      'The title, summary, asks and "appeals addressed to" in other languages than the document\'s (languages[0]); ' +
      "a letter is written in a language only when the action's text exists in it, so it is never silently mixed",
  })
  @IsOptional()
  @IsTranslationsByLanguage()
  translations?: Record<string, ActionTranslationDto>;

  @ApiProperty({ type: [String], example: ['en', 'ko'], description: 'BCP 47 tags' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsLocale({ each: true, message: 'languages must hold BCP 47 tags such as "en" or "ko"' })
  languages: string[];

  @ApiPropertyOptional({ default: true, description: '"or your own language"' })
  @IsOptional()
  @IsBoolean()
  acceptsOwnLanguage?: boolean;

  @ApiPropertyOptional({ enum: RiskCode, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(RiskCode, { each: true })
  risks?: RiskCode[];

  @ApiPropertyOptional({ type: String, nullable: true, example: "Kim Jong-un, Supreme Commander of the Korean People's Army" })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  appealsAddressedTo?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  invitesLocalDiplomaticCopies?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  lateAppealsAllowed?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2012-03-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date (YYYY-MM-DD)' })
  issuedOn?: string | null;

  @ApiProperty({ example: '2012-04-10', description: 'ISO 8601; without an offset it is read in appealDeadlineTimeZone' })
  @IsISO8601({ strict: true }, { message: 'appealDeadline must be an ISO 8601 date or date-time' })
  appealDeadline: string;

  @ApiPropertyOptional({
    default: true,
    description:
      'False for a working deadline (the document asked for appeals "immediately"); publishing is refused until it is confirmed. Setting appealDeadline confirms it unless this says otherwise',
  })
  @IsOptional()
  @IsBoolean()
  appealDeadlineConfirmed?: boolean;

  @ApiProperty({ example: 'Europe/London' })
  @IsTimeZone({ message: 'appealDeadlineTimeZone must be an IANA time zone such as Europe/London' })
  appealDeadlineTimeZone: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Hidden from the public until then' })
  @IsOptional()
  @IsISO8601({ strict: true })
  embargoUntil?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 3500 })
  @IsOptional()
  @IsInt()
  @Min(1)
  appealGoal?: number | null;

  @ApiProperty({ type: [SubjectFieldsDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SubjectFieldsDto)
  subjects: SubjectFieldsDto[];

  @ApiProperty({ type: [ActionTargetInputDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActionTargetInputDto)
  targets: ActionTargetInputDto[];
}
