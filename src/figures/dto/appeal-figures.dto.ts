import { ApiProperty } from '@nestjs/swagger';
import { ActionStatus } from '../../actions/action-vocabulary';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { AppealChannel } from '../../supporters/appeal-channel';
import type { ActionOverview, AppealFigures, ChannelFigure, DayFigure, SectionFigure, TargetFigure } from '../appeal-figures';

export class ChannelFigureDto implements ChannelFigure {
  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel', example: AppealChannel.Email })
  channel: AppealChannel;

  @ApiProperty({ example: 40 })
  letters: number;
}

export class WriterAnswersDto {
  @ApiProperty({ description: 'Writers who said the target replied', example: 2 })
  yes: number;

  @ApiProperty({ example: 5 })
  no: number;

  @ApiProperty({ description: 'Writers who expected no reply', example: 1 })
  notExpected: number;
}

export class TargetFigureDto implements TargetFigure {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for letters counted without a target' })
  targetId: string | null;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.target.name })
  name: string | null;

  @ApiProperty({ example: 30 })
  letters: number;

  @ApiProperty({ description: 'Replies the office sent about this action', example: 1 })
  replies: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Replies per letter sent to it; null before any letter', example: 0.03 })
  responseRate: number | null;

  @ApiProperty({ type: WriterAnswersDto, description: 'What writers answered when asked, two weeks on, whether it replied' })
  writerAnswers: WriterAnswersDto;
}

export class SectionFigureDto implements SectionFigure {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for letters no section reported' })
  sectionId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'KR' })
  code: string | null;

  @ApiProperty({ example: 120 })
  letters: number;
}

export class DayFigureDto implements DayFigure {
  @ApiProperty({ format: 'date', description: "In the action's deadline time zone", example: '2012-03-28' })
  day: string;

  @ApiProperty({ example: 12 })
  letters: number;
}

/** Everything counted for one action: supporters' letters and the counts sections reported. */
export class AppealFiguresDto implements AppealFigures {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ example: 160 })
  total: number;

  @ApiProperty({ type: Number, nullable: true, example: 500 })
  goal: number | null;

  @ApiProperty({ type: [ChannelFigureDto], description: 'Most letters first' })
  byChannel: ChannelFigureDto[];

  @ApiProperty({ type: [TargetFigureDto] })
  byTarget: TargetFigureDto[];

  @ApiProperty({ type: [SectionFigureDto] })
  bySection: SectionFigureDto[];

  @ApiProperty({ type: [DayFigureDto], description: 'Oldest day first' })
  perDay: DayFigureDto[];
}

/** One action on the staff dashboard, with its appeals counted. */
export class ActionOverviewDto implements ActionOverview {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.reference })
  reference: string | null;

  @ApiProperty()
  isDemonstration: boolean;

  @ApiProperty({ example: SEED_EXAMPLE.title })
  title: string;

  @ApiProperty({ enum: ActionStatus, enumName: 'ActionStatus', example: ActionStatus.Published })
  status: ActionStatus;

  @ApiProperty({ type: String, format: 'date-time', example: SEED_EXAMPLE.appealDeadline })
  appealDeadline: Date;

  @ApiProperty({ example: SEED_EXAMPLE.appealDeadlineTimeZone })
  appealDeadlineTimeZone: string;

  @ApiProperty({ example: 160 })
  appeals: number;

  @ApiProperty({ type: Number, nullable: true, example: 500 })
  goal: number | null;
}

/** A section's count of letters sent on their own, as recorded. */
export class PaperAppealsRecordDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 120 })
  letterCount: number;

  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel', example: AppealChannel.Post })
  channel: AppealChannel;

  @ApiProperty({ type: String, format: 'date-time', description: "Noon of the day sent, in the section's time zone" })
  sentAt: Date;
}
