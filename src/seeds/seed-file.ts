import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { ActionOutcome, ActionStatus } from '../actions/action-vocabulary';
import { ActionFieldsDto } from '../actions/dto/action-fields.dto';

/** One file under seeds/actions/: an action as the API takes it, plus the state it was in historically. */
export class ActionSeedFile {
  @IsString()
  source: string;

  @IsEnum(ActionStatus)
  status: ActionStatus;

  @IsOptional() @IsEnum(ActionOutcome)
  outcome?: ActionOutcome;

  @IsOptional() @IsISO8601({ strict: true })
  publishedAt?: string;

  @ValidateNested() @Type(() => ActionFieldsDto)
  action: ActionFieldsDto;
}

/** seeds/demonstration/: an action for newcomers to try, its deadline counted from the first start. */
export class DemonstrationSeedFile {
  @IsString()
  source: string;

  @Matches(/^DEMO \d{1,4}$/)
  reference: string;

  @IsInt() @Min(1)
  deadlineDaysAfterFirstStart: number;

  @ValidateNested() @Type(() => ActionFieldsDto)
  action: ActionFieldsDto;
}
