import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { ActionStatus } from '../../actions/action-vocabulary';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { SectionOptOut } from '../../notifications/outbox/section-opt-out.entity';
import { reminderInstant } from '../../notifications/reminders/reminder-times';
import { Section } from '../../sections/section.entity';

export interface PlannedReminder {
  action: UrgentAction;
  daysBefore: number;
  dueAt: Date;
  addresses: string[];
}

export interface SectionLetters {
  total: number;
  fromSection: number;
}

/** What a section office sees: the actions still open for appeals, its reminders and its part of the totals. */
@Injectable()
export class SectionOfficeReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Drafts too: an office translates and adds its local targets before publication. */
  actionsAhead(): Promise<UrgentAction[]> {
    return this.dataSource.getRepository(UrgentAction).find({
      where: { status: In([ActionStatus.Draft, ActionStatus.Published]), appealDeadline: MoreThan(this.clock.now()) },
      order: { appealDeadline: 'ASC' },
    });
  }

  async action(id: string): Promise<UrgentAction> {
    const action = await this.dataSource.getRepository(UrgentAction).findOne({ where: { id }, relations: { targets: true } });
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  /**
   * The deadline reminders this office will get, as the reminder planner schedules them: published actions only,
   * at 09:00 section time on each of its reminder days, to its addresses that have not opted out.
   */
  async remindersAhead(section: Section, actions: UrgentAction[]): Promise<PlannedReminder[]> {
    const optedOut = new Set((await this.dataSource.getRepository(SectionOptOut).findBy({ sectionId: section.id })).map((row) => row.email));
    const addresses = [...new Set([section.contactEmail, ...section.reminderEmails].map((email) => email.trim().toLowerCase()))]
      .filter((email) => email && !optedOut.has(email));
    const now = this.clock.now().getTime();
    return actions
      .filter((action) => action.status === ActionStatus.Published)
      .flatMap((action) => [...new Set(section.reminderDaysBefore)].map((daysBefore) => ({
        action, daysBefore, dueAt: reminderInstant(action.appealDeadline, daysBefore, section.timeZone), addresses,
      })))
      .filter((reminder) => reminder.dueAt.getTime() > now && reminder.dueAt.getTime() < reminder.action.appealDeadline.getTime())
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  /** Letters counted for each action, all told and from this section (its members' reports included). */
  async letters(sectionId: string, actionIds: string[]): Promise<Map<string, SectionLetters>> {
    if (actionIds.length === 0) return new Map();
    const rows: { actionId: string; total: number; fromSection: number }[] = await this.dataSource.query(
      `SELECT r."actionId", SUM(r."letterCount")::int AS total,
              COALESCE(SUM(r."letterCount") FILTER (WHERE r."sectionId" = $1), 0)::int AS "fromSection"
       FROM appeal_record r WHERE r."actionId" = ANY($2) GROUP BY r."actionId"`,
      [sectionId, actionIds],
    );
    return new Map(rows.map((row) => [row.actionId, { total: Number(row.total), fromSection: Number(row.fromSection) }]));
  }
}
