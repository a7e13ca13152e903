import { ApiProperty } from '@nestjs/swagger';
import { BrowserSessionDto, SupporterIdentityDto } from '../../accounts/dto/session.dto';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';

/** The same answer whether or not the address is known, so that it tells nobody who is signed up. */
export class CheckYourEmailDto {
  @ApiProperty({ example: 'If the address can receive mail, a message with a link is on its way.' })
  message: string;
}

export class ActionTitleDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  id: string;

  @ApiProperty({ example: SEED_EXAMPLE.title })
  title: string;
}

export class SubscriptionConfirmedDto {
  @ApiProperty({ enum: [true] })
  confirmed: true;

  @ApiProperty({ type: String, format: 'date-time' })
  confirmedAt: Date;

  @ApiProperty({ type: ActionTitleDto, nullable: true, description: 'The action followed; null for news of every new action' })
  action: ActionTitleDto | null;
}

/** A supporter signed in by their magic link: the session cookie is set. */
export class SupporterSessionDto extends BrowserSessionDto {
  @ApiProperty({ type: SupporterIdentityDto })
  supporter: SupporterIdentityDto;
}
