import { ApiProperty } from '@nestjs/swagger';
import { TargetRole } from '../../actions/action-vocabulary';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';

const example = SEED_EXAMPLE;

export class MailtoLinkDto {
  @ApiProperty({ description: 'mailto: with the subject and body filled in, at most 2,000 characters' })
  url: string;

  @ApiProperty({ description: 'The body lost paragraphs to fit; it says so too' })
  shortened: boolean;
}

export class LetterAddresseeDto {
  @ApiProperty({ example: example.target.name })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;
}

/** One letter to one target: subject, HTML, plain text, the PDF's address and a mailto link. */
export class LetterPreviewDto {
  @ApiProperty({ format: 'uuid', example: example.target.id })
  targetId: string;

  @ApiProperty({ enum: TargetRole, enumName: 'TargetRole', example: TargetRole.Primary })
  role: TargetRole;

  @ApiProperty({ type: LetterAddresseeDto })
  target: LetterAddresseeDto;

  @ApiProperty({ description: 'The language the letter is written in', example: 'en' })
  language: string;

  @ApiProperty({
    description:
      "The language the action's own words (title, summary, asks) are quoted in: the letter's when the action is translated into it, else the document's",
    example: 'en',
  })
  quotedLanguage: string;

  @ApiProperty({ example: `Urgent appeal: ${example.title}` })
  subject: string;

  @ApiProperty()
  html: string;

  @ApiProperty()
  text: string;

  @ApiProperty({
    description: "The PDF, with a one-hour `ref` standing for the writer's fields",
    example: `/api/actions/${example.actionId}/letters/${example.target.id}.pdf?lang=en&ref=…`,
  })
  pdfUrl: string;

  @ApiProperty({
    type: MailtoLinkDto,
    nullable: true,
    description: 'Null without an email address (and in a demonstration that names a real one)',
  })
  mailto: MailtoLinkDto | null;
}

/** A writer's letters to an action's targets. */
export class LetterPreviewsDto {
  @ApiProperty({ format: 'uuid', example: example.actionId })
  actionId: string;

  @ApiProperty({ type: [LetterPreviewDto] })
  letters: LetterPreviewDto[];
}

/** A staff test send, queued: it reaches `to` alone, under `messageId`. */
export class LetterTestReceiptDto {
  @ApiProperty({ format: 'uuid', description: 'Its row in the outbox (on the delivery report like any message)' })
  outboxMessageId: string;

  @ApiProperty({ description: 'The Message-ID the mail will carry', example: '<3f0c8a4e-1c2b-4e5f-9a7b-0d1e2f3a4b5c@ua.example.org>' })
  messageId: string;

  @ApiProperty({ format: 'email', example: 'editor@ua.example.org' })
  to: string;

  @ApiProperty({ enum: ['queued'], example: 'queued' })
  status: 'queued';
}
