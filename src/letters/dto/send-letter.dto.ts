import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PersonalNoteField } from './personal-note.decorator';
import { LANGUAGE_TAG, SINGLE_LINE, SupporterPlaceDto } from './supporter-fields.dto';

/** What every letter a supporter sends or reports names: the target, the language, who signs, their own paragraph. */
export class LetterChoiceDto extends SupporterPlaceDto {
  @ApiProperty()
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId: string;

  @ApiPropertyOptional({ example: 'ko' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as "en" or "ko"' })
  language?: string;

  @ApiPropertyOptional({ description: 'A section’s translation and local targets' })
  @IsOptional()
  @IsUUID('all', { message: 'section must be a UUID' })
  section?: string;

  @PersonalNoteField()
  personalNote?: string;
}

export class SendLetterDto extends LetterChoiceDto {
  @ApiProperty({ enum: ['email', 'fax'] })
  @IsIn(['email', 'fax'], { message: 'channel must be email or fax' })
  channel: 'email' | 'fax';

  @ApiProperty({ example: 'Ji-woo Park' })
  @IsString()
  @MaxLength(120)
  @Matches(/\S/, { message: 'name must not be empty' })
  @Matches(SINGLE_LINE, { message: 'name must be a single line' })
  name: string;

  @ApiProperty({ description: 'Replies from the target go here; it is never used as the sender address' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

/** A letter the sender may leave unsigned in our records. */
export class OptionallySignedLetterDto extends LetterChoiceDto {
  @ApiPropertyOptional({ example: 'Ji-woo Park' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SINGLE_LINE, { message: 'name must be a single line' })
  name?: string;
}

export class RecordLetterDto extends OptionallySignedLetterDto {
  @ApiProperty({ enum: ['post', 'mailto', 'other'] })
  @IsIn(['post', 'mailto', 'other'], { message: 'channel must be post, mailto or other' })
  channel: 'post' | 'mailto' | 'other';

  @ApiPropertyOptional({
    description: 'Only to tell this writer’s reports apart: a letter reported again counts once. Stored as a keyed hash.',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
}

export class TestSendLetterDto extends OptionallySignedLetterDto {
  @ApiPropertyOptional({ enum: ['email', 'fax'], description: 'Which letter to try; either way it reaches only `to`' })
  @IsOptional()
  @IsIn(['email', 'fax'], { message: 'channel must be email or fax' })
  channel?: 'email' | 'fax';

  @ApiProperty({ description: 'The staff address the test goes to; nothing reaches the target' })
  @IsEmail({}, { message: 'to must be an email address' })
  to: string;
}
