import { ApiProperty } from '@nestjs/swagger';
import { TargetRole } from '../../actions/action-vocabulary';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';

/** One target of an action, as its letters are paced. */
export class TargetForecastDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.target.id })
  targetId: string;

  @ApiProperty({ example: SEED_EXAMPLE.target.name })
  name: string;

  @ApiProperty({ enum: TargetRole, enumName: 'TargetRole', example: TargetRole.Primary })
  role: TargetRole;

  @ApiProperty({ description: 'Letters per hour this office is sent (its own pace, else TARGET_MESSAGES_PER_HOUR)', example: 30 })
  perHour: number;

  @ApiProperty({ description: 'Letters queued to this office, from every action (they share its pace)', example: 12 })
  queued: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the last of them goes; null with none queued' })
  lastGoesAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a letter asked for now would go by email; null without an address',
  })
  newEmailGoesAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "By fax, inside the office's hours; null without a number",
  })
  newFaxGoesAt: Date | null;

  @ApiProperty({ description: 'The queued letters do not all go before the appeal deadline' })
  queuedPassDeadline: boolean;

  @ApiProperty({ description: 'A letter asked for now would go after the appeal deadline' })
  newPassDeadline: boolean;

  @ApiProperty({ description: "Staff stopped offering new writers the system's sending to this office" })
  sendingPaused: boolean;
}

/** When each target's letters go, against the appeal deadline. */
export class DeliveryForecastDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ type: String, format: 'date-time', example: SEED_EXAMPLE.appealDeadline })
  appealDeadline: Date;

  @ApiProperty({ type: [TargetForecastDto], description: 'In print order' })
  targets: TargetForecastDto[];

  @ApiProperty({ description: "Some target's letters go after the deadline: slow writers down, raise a pace or steer them elsewhere" })
  warning: boolean;
}
