import { ApiProperty } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { TargetKind } from '../target-kind';

const example = SEED_EXAMPLE.target;

/** A target as letter writers read it: as its document prints it, no bounce data. */
export class PublicTargetDto {
  @ApiProperty({ format: 'uuid', example: example.id })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: example.honorific })
  honorific: string | null;

  @ApiProperty({ example: example.name })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  organisation: string | null;

  @ApiProperty({ enum: TargetKind, enumName: 'TargetKind', example: example.kind })
  kind: TargetKind;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: example.country })
  country: string;

  @ApiProperty({ type: [String], example: example.addressLines })
  addressLines: string[];

  @ApiProperty({ type: String, nullable: true, description: 'As the document prints it', example: example.fax })
  faxPrinted: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'E.164', example: '+12129723154' })
  fax: string | null;

  @ApiProperty({ type: String, nullable: true })
  phonePrinted: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'E.164' })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  emailPrinted: string | null;

  @ApiProperty({ type: String, nullable: true, example: example.email })
  email: string | null;

  @ApiProperty({ type: [String] })
  emails: string[];

  @ApiProperty({ type: String, nullable: true })
  salutation: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'en' })
  preferredLanguage: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'IANA zone', example: example.timeZone })
  timeZone: string | null;
}

/** A directory entry as staff see it, with its delivery state. */
export class TargetDto extends PublicTargetDto {
  @ApiProperty({ type: [String], description: 'Addresses that bounced for good' })
  undeliverableEmails: string[];

  @ApiProperty({ type: Number, nullable: true, description: 'Letters the system sends it per hour; null: TARGET_MESSAGES_PER_HOUR' })
  messagesPerHour: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  emailUndeliverableAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  emailUndeliverableReason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}
