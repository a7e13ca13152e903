import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SteerWritersDto {
  @ApiProperty({ description: 'true: new writers are no longer offered email or fax sent by the system to this office' })
  @IsBoolean()
  paused: boolean;
}
