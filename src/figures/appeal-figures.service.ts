import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ActionStatus } from '../actions/action-vocabulary';
import { FindAction } from '../actions/use-cases/find-action';
import { IsTargetOfAction } from '../actions/use-cases/is-target-of-action';
import { Clock } from '../common/clock';
import { NotFound, Refused } from '../platform/errors/domain-errors';
import { FindSection } from '../sections/use-cases/find-section';
import { AppealChannel } from '../supporters/appeal-channel';
import type { RecordedAppeals } from '../supporters/supporter-read-model';
import { RecordSectionAppeals } from '../supporters/use-cases/record-section-appeals';
import { RepliesPerTarget } from '../replies/use-cases/replies-per-target';
import { WriterAnswersPerTarget } from '../replies/use-cases/writer-answers-per-target';
import { ActionOverview, AppealFigures } from './appeal-figures';
import { PaperAppealsReportDto } from './dto/paper-appeals-report.dto';
import { FiguresRepository, type FigureRow as Row } from './figures.repository';

/** Appeal counts as staff and sections see them. Every figure sums letterCount, so erased supporters still count. */
@Injectable()
export class AppealFiguresService {
  constructor(
    private readonly repository: FiguresRepository,
    private readonly clock: Clock,
    private readonly repliesPerTarget: RepliesPerTarget,
    private readonly writerAnswersPerTarget: WriterAnswersPerTarget,
    private readonly findAction: FindAction,
    private readonly findSection: FindSection,
    private readonly isTargetOfAction: IsTargetOfAction,
    private readonly recordSectionAppeals: RecordSectionAppeals,
  ) {}

  async forAction(actionId: string): Promise<AppealFigures> {
    const action = await this.findAction.execute(actionId);
    if (!action) throw NotFound.entity('Action', actionId);
    const [byChannel, byTarget, bySection, perDay]: Row[][] = await Promise.all([
      this.repository.lettersByChannel(actionId),
      this.repository.lettersByTarget(actionId),
      this.repository.lettersBySection(actionId),
      this.repository.lettersPerDay(actionId, action.appealDeadlineTimeZone),
    ]);
    const letters = (row: Row) => Number(row.letters);
    const [replies, answers] = await Promise.all([this.repliesPerTarget.execute(actionId), this.writerAnswersPerTarget.execute(actionId)]);
    const noAnswers = { yes: 0, no: 0, notExpected: 0 };
    const repliesOf = (row: Row) => (row.targetId ? (replies.get(row.targetId) ?? 0) : 0);
    return {
      actionId,
      total: byChannel.reduce((total, row) => total + letters(row), 0),
      goal: action.appealGoal,
      byChannel: byChannel.map((row) => ({ channel: row.channel as string, letters: letters(row) })),
      byTarget: byTarget.map((row) => ({
        targetId: row.targetId,
        name: row.name,
        letters: letters(row),
        replies: repliesOf(row),
        responseRate: letters(row) > 0 ? repliesOf(row) / letters(row) : null,
        writerAnswers: (row.targetId ? answers.get(row.targetId) : undefined) ?? noAnswers,
      })),
      bySection: bySection.map((row) => ({ sectionId: row.sectionId, code: row.code, letters: letters(row) })),
      perDay: perDay.map((row) => ({ day: row.day as string, letters: letters(row) })),
    };
  }

  /** Every action with its appeals: open ones first, the deadline closing soonest at the top. */
  async overview(): Promise<ActionOverview[]> {
    const rows = await this.repository.overview();
    return rows.map((row) => ({
      id: row.id as string,
      reference: row.reference,
      isDemonstration: (row.isDemonstration as unknown) === true,
      title: row.title as string,
      status: row.status as string,
      appealDeadline: new Date(row.appealDeadline as unknown as Date),
      appealDeadlineTimeZone: row.appealDeadlineTimeZone as string,
      appeals: Number(row.appeals),
      goal: row.appealGoal === null ? null : Number(row.appealGoal),
    }));
  }

  /** A section's count of letters its members sent themselves; it joins the same totals. */
  async reportFromSection(sectionId: string, actionId: string, report: PaperAppealsReportDto): Promise<RecordedAppeals> {
    const section = await this.findSection.execute(sectionId);
    if (!section) throw NotFound.entity('Section', sectionId);
    const action = await this.findAction.execute(actionId);
    if (!action) throw NotFound.entity('Action', actionId);
    if (action.status === ActionStatus.Draft) {
      throw Refused.at('actionId', 'Letters can be reported for a published or closed action, not a draft');
    }
    if (action.isDemonstration) {
      throw Refused.at('actionId', `${action.reference ?? 'This action'} is a demonstration: sections report no letters for it`);
    }
    const sentAt = DateTime.fromISO(report.sentOn, { zone: section.timeZone }).set({ hour: 12 });
    const today = DateTime.fromJSDate(this.clock.now(), { zone: section.timeZone }).startOf('day');
    if (sentAt.startOf('day') > today) throw Refused.at('sentOn', `sentOn ${report.sentOn} is in the future for ${section.code}`);
    if (report.targetId) await this.assertTargetOfAction(actionId, report.targetId);
    return this.recordSectionAppeals.execute({
      actionId,
      sectionId,
      targetId: report.targetId ?? null,
      channel: report.channel ?? AppealChannel.Post,
      letterCount: report.letterCount,
      sentAt: sentAt.toJSDate(),
    });
  }

  private async assertTargetOfAction(actionId: string, targetId: string): Promise<void> {
    const linked = await this.isTargetOfAction.execute(actionId, targetId);
    if (!linked) throw Refused.at('targetId', `Target ${targetId} is not a target of this action`);
  }
}
