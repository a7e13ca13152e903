import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { HalLinks } from './hal';

/** One HAL link. */
export class HalLinkDto {
  @ApiProperty({ example: 'https://ua.example.org/api/osdi/v1/advocacy_campaigns' })
  href: string;

  @ApiPropertyOptional()
  templated?: boolean;

  @ApiPropertyOptional()
  name?: string;
}

/** `_links`: a link, or a list of them, by relation (`self`, `next`, `osdi:outreaches`, `curies`…). */
export const HAL_LINKS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: {
    oneOf: [{ $ref: getSchemaPath(HalLinkDto) }, { type: 'array' as const, items: { $ref: getSchemaPath(HalLinkDto) } }],
  },
};

/** OSDI's target hash, with our fields OSDI has none for as `urgent_action:…` extensions. */
export class OsdiTargetDto {
  @ApiPropertyOptional({ example: 'Minister of Justice' })
  title?: string;

  @ApiPropertyOptional({ example: 'Ministry of Justice' })
  organization?: string;

  @ApiProperty({ description: 'The whole name: ours is one string', example: 'Kim Jong-un' })
  family_name: string;

  @ApiPropertyOptional({ enum: ['primary', 'copy'] })
  'urgent_action:role'?: string;

  @ApiPropertyOptional({ example: 'KP' })
  'urgent_action:country'?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  'urgent_action:email'?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'E.164', example: '+85023815836' })
  'urgent_action:fax'?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'The postal address, line by line as printed' })
  'urgent_action:postal_address'?: string[];
}

export class OsdiAdvocacyCampaignDto {
  @ApiProperty({ type: [String], example: ['urgent_action:0b6f1c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e'] })
  identifiers: string[];

  @ApiProperty() origin_system: string;
  @ApiProperty({ format: 'date-time' }) created_date: string;
  @ApiProperty({ format: 'date-time' }) modified_date: string;
  @ApiProperty({ description: 'The reference, e.g. UA 66/12', example: 'UA 66/12' }) name: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The summary and the asks, as HTML' }) description: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'The targets’ names' }) target_universe: string;
  @ApiProperty({ type: [OsdiTargetDto] }) targets: OsdiTargetDto[];
  @ApiProperty() browser_url: string;
  @ApiProperty({ example: 'letter' }) type: string;
  @ApiProperty({ description: 'Letters counted' }) total_outreaches: number;
  @ApiProperty({ format: 'date-time' }) 'urgent_action:appeal_deadline': string;
  @ApiProperty({ example: 'Asia/Seoul' }) 'urgent_action:appeal_deadline_time_zone': string;
  @ApiProperty({ enum: ['published', 'closed'] }) 'urgent_action:status': string;
  @ApiProperty(HAL_LINKS_SCHEMA) _links: HalLinks;
}

export class OsdiOutreachDto {
  @ApiProperty({ type: [String] }) identifiers: string[];
  @ApiProperty() origin_system: string;
  @ApiProperty({ format: 'date-time' }) created_date: string;
  @ApiProperty({ format: 'date-time' }) modified_date: string;
  @ApiProperty({ format: 'date-time' }) action_date: string;
  @ApiProperty({ description: 'email, postal mail, fax or other' }) type: string;
  @ApiProperty({ type: [OsdiTargetDto] }) targets: OsdiTargetDto[];
  @ApiProperty({ description: 'Letters this record counts (a section’s paper count counts many)' }) 'urgent_action:letter_count': number;
  @ApiProperty({ enum: ['email', 'fax', 'post', 'mailto', 'other'] }) 'urgent_action:channel': string;
  @ApiProperty(HAL_LINKS_SCHEMA) _links: HalLinks;
}

export class OsdiEmailAddressDto {
  @ApiProperty() address: string;
  @ApiProperty() primary: boolean;
}

export class OsdiPostalAddressDto {
  @ApiProperty() primary: boolean;
  @ApiPropertyOptional() locality?: string;
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' }) country?: string;
}

export class OsdiPersonDto {
  @ApiProperty({ type: [String] }) identifiers: string[];
  @ApiProperty() origin_system: string;
  @ApiProperty({ format: 'date-time' }) created_date: string;
  @ApiProperty({ format: 'date-time' }) modified_date: string;
  @ApiProperty({ description: 'The whole name: ours is one string' }) given_name: string;
  @ApiProperty({ type: [OsdiEmailAddressDto] }) email_addresses: OsdiEmailAddressDto[];
  @ApiProperty({ type: [OsdiPostalAddressDto] }) postal_addresses: OsdiPostalAddressDto[];
  @ApiProperty({ type: [String] }) languages_spoken: string[];
  @ApiProperty(HAL_LINKS_SCHEMA) _links: HalLinks;
}

export class OsdiEntryPointDto {
  @ApiProperty() motd: string;
  @ApiProperty() vendor_name: string;
  @ApiProperty() product_name: string;
  @ApiProperty({ example: '1.1' }) osdi_version: string;
  @ApiProperty(HAL_LINKS_SCHEMA) _links: HalLinks;
}
