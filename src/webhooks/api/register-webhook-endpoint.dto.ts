import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { WEBHOOK_EVENTS, WebhookEventName } from '../webhook-events';

export class RegisterWebhookEndpointDto {
  @ApiProperty({ example: 'https://crm.section.example.org/hooks/urgent-action' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http or https URL' })
  @MaxLength(2000)
  url: string;

  @ApiProperty({
    description: 'Signs every delivery (Standard Webhooks): `whsec_` and base64, or any string of 24 characters or more',
    writeOnly: true,
  })
  @IsString()
  @MinLength(24)
  @MaxLength(200)
  secret: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `events must each be one of ${WEBHOOK_EVENTS.join(', ')}` })
  events: WebhookEventName[];
}
