import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { ActionOutcome } from '../action-vocabulary';

export class CloseActionDto {
  @ApiProperty({ enum: ActionOutcome })
  @IsEnum(ActionOutcome)
  outcome: ActionOutcome;
}
