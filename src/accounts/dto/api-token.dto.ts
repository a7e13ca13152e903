import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { SingleLine } from '../single-line';

export class CreateApiTokenDto {
  @ApiProperty({ example: 'import script on the office server' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  label: string;
}

/** An API token as listed: the token itself is shown only once, when it is made. */
export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'import script on the office server' })
  label: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class IssuedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'Send it as `Authorization: Bearer <token>`; shown only in this answer' })
  token: string;
}
