import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { SingleLine } from '../single-line';

export class CreateApiTokenDto {
  @ApiProperty({ example: 'import script on the office server' })
  @IsString() @MinLength(1) @MaxLength(200) @SingleLine()
  label: string;
}
