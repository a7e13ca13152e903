import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIP, IsOptional, ValidateIf } from 'class-validator';

/** One source of a burst: the IP address or the writer address its letters came from. */
export class CancelLetterBurstDto {
  @ApiPropertyOptional({ example: '203.0.113.7' })
  @ValidateIf((burst: CancelLetterBurstDto) => !burst.email)
  @IsIP(undefined, { message: 'ip must be an IP address (or give email)' })
  ip?: string;

  @ApiPropertyOptional({ example: 'writer@example.net' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}
