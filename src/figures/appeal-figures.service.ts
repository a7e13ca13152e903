import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { ActionStatus } from '../actions/action-vocabulary';
import { ActionTarget } from '../actions/action-target.entity';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Clock } from '../common/clock';
import { NotFound, Refused } from '../platform/errors/domain-errors';
import { Section } from '../sections/section.entity';
import { AppealChannel } from '../supporters/appeal-channel';
import { AppealRecord } from '../supporters/appeal-record.entity';
import { RepliesPerTarget } from '../replies/use-cases/replies-per-target';
import { WriterAnswersPerTarget } from '../replies/use-cases/writer-answers-per-target';
import { ActionOverview, AppealFigures } from './appeal-figures';
import { PaperAppealsReportDto } from './dto/paper-appeals-report.dto';

type Row = Record<string, string | null>;

/** Appeal counts as staff and sections see them. Every figure sums letterCount, so erased supporters still count. */
@Injectable()
export class AppealFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly repliesPerTarget: RepliesPerTarget,
    private readonly writerAnswersPerTarget: WriterAnswersPerTarget,
  ) {}

  async forAction(actionId: string): Promise<AppealFigures> {
    const action = await this.dataSource.getRepository(UrgentAction).findOneBy({ id: actionId });
    if (!action) throw NotFound.entity('Action', actionId);
    const sum = 'SUM(r."letterCount")::int AS letters';
    const [byChannel, byTarget, bySection, perDay]: Row[][] = await Promise.all([
      this.dataSource.query(
        `SELECT r.channel, ${sum} FROM appeal_record r WHERE r."actionId" = $1 GROUP BY r.channel ORDER BY letters DESC`,
        [actionId],
      ),
      this.dataSource.query(
        `SELECT r."targetId", t.name, ${sum} FROM appeal_record r LEFT JOIN target t ON t.id = r."targetId"
         WHERE r."actionId" = $1 GROUP BY r."targetId", t.name ORDER BY letters DESC`,
        [actionId],
      ),
      this.dataSource.query(
        `SELECT r."sectionId", s.code, ${sum} FROM appeal_record r LEFT JOIN section s ON s.id = r."sectionId"
         WHERE r."actionId" = $1 GROUP BY r."sectionId", s.code ORDER BY letters DESC`,
        [actionId],
      ),
      this.dataSource.query(
        `SELECT to_char(r."sentAt" AT TIME ZONE $2, 'YYYY-MM-DD') AS day, ${sum} FROM appeal_record r
         WHERE r."actionId" = $1 GROUP BY day ORDER BY day`,
        [actionId, action.appealDeadlineTimeZone],
      ),
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
    const rows: Row[] = await this.dataSource.query(
      `SELECT a.id, a.reference, a."isDemonstration", a.title, a.status, a."appealDeadline", a."appealDeadlineTimeZone", a."appealGoal",
              COALESCE(SUM(r."letterCount"), 0)::int AS appeals
       FROM urgent_action a LEFT JOIN appeal_record r ON r."actionId" = a.id
       GROUP BY a.id
       ORDER BY CASE a.status WHEN 'published' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, a."appealDeadline" ASC`,
    );
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
  async reportFromSection(sectionId: string, actionId: string, report: PaperAppealsReportDto): Promise<AppealRecord> {
    const section = await this.dataSource.getRepository(Section).findOneBy({ id: sectionId });
    if (!section) throw NotFound.entity('Section', sectionId);
    const action = await this.dataSource.getRepository(UrgentAction).findOneBy({ id: actionId });
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
    const records = this.dataSource.getRepository(AppealRecord);
    return records.save(
      records.create({
        action: { id: actionId },
        section: { id: sectionId },
        target: report.targetId ? { id: report.targetId } : null,
        supporter: null,
        channel: report.channel ?? AppealChannel.Post,
        letterCount: report.letterCount,
        sentAt: sentAt.toJSDate(),
      }),
    );
  }

  private async assertTargetOfAction(actionId: string, targetId: string): Promise<void> {
    const linked = await this.dataSource
      .getRepository(ActionTarget)
      .exists({ where: { action: { id: actionId }, target: { id: targetId } } });
    if (!linked) throw Refused.at('targetId', `Target ${targetId} is not a target of this action`);
  }
}
