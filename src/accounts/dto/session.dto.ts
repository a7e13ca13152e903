import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from './user.dto';

/** A browser session opened: its cookie is set, and changes send this CSRF token in the x-csrf-token header. */
export class BrowserSessionDto {
  @ApiProperty({ description: 'Send it as the x-csrf-token header on every change made through the session cookie' })
  csrfToken: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt: Date;
}

export class SignedInStaffDto extends BrowserSessionDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;
}

export class SupporterIdentityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ji-woo Park' })
  name: string;

  @ApiProperty({ description: 'The language of their pages and mail', example: 'ko' })
  language: string;
}

/** Who the caller is: a user (staff or coordinator)... */
export class CurrentUserDto {
  @ApiProperty({ enum: ['user'] })
  kind: 'user';

  @ApiProperty({ type: UserDto })
  user: UserDto;
}

/** ...or a supporter signed in through their magic link. */
export class CurrentSupporterDto {
  @ApiProperty({ enum: ['supporter'] })
  kind: 'supporter';

  @ApiProperty({ type: SupporterIdentityDto })
  supporter: SupporterIdentityDto;
}
