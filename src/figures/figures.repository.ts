import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DeepPartial } from 'typeorm';
import type { ActionRecord } from '../actions/action-read-model';
import { ActionTarget } from '../actions/action-target.entity';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Section } from '../sections/section.entity';
import { AppealRecord } from '../supporters/appeal-record.entity';

/** A row of counted letters as PostgreSQL answers it: `letters` and what it is counted by. */
export type FigureRow = Record<string, string | null>;

const SUM = 'SUM(r."letterCount")::int AS letters';

/** The appeal counts staff and sections read, each a sum of letterCount, and the letters sections report on paper. */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  action(id: string): Promise<ActionRecord | null> {
    return this.dataSource.getRepository(UrgentAction).findOneBy({ id });
  }

  section(id: string): Promise<Section | null> {
    return this.dataSource.getRepository(Section).findOneBy({ id });
  }

  lettersByChannel(actionId: string): Promise<FigureRow[]> {
    return this.dataSource.query(
      `SELECT r.channel, ${SUM} FROM appeal_record r WHERE r."actionId" = $1 GROUP BY r.channel ORDER BY letters DESC`,
      [actionId],
    );
  }

  lettersByTarget(actionId: string): Promise<FigureRow[]> {
    return this.dataSource.query(
      `SELECT r."targetId", t.name, ${SUM} FROM appeal_record r LEFT JOIN target t ON t.id = r."targetId"
       WHERE r."actionId" = $1 GROUP BY r."targetId", t.name ORDER BY letters DESC`,
      [actionId],
    );
  }

  lettersBySection(actionId: string): Promise<FigureRow[]> {
    return this.dataSource.query(
      `SELECT r."sectionId", s.code, ${SUM} FROM appeal_record r LEFT JOIN section s ON s.id = r."sectionId"
       WHERE r."actionId" = $1 GROUP BY r."sectionId", s.code ORDER BY letters DESC`,
      [actionId],
    );
  }

  /** Letters per day (YYYY-MM-DD) in `timeZone`. */
  lettersPerDay(actionId: string, timeZone: string): Promise<FigureRow[]> {
    return this.dataSource.query(
      `SELECT to_char(r."sentAt" AT TIME ZONE $2, 'YYYY-MM-DD') AS day, ${SUM} FROM appeal_record r
       WHERE r."actionId" = $1 GROUP BY day ORDER BY day`,
      [actionId, timeZone],
    );
  }

  /** Every action with its appeals: open ones first, the deadline closing soonest at the top. */
  overview(): Promise<FigureRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.reference, a."isDemonstration", a.title, a.status, a."appealDeadline", a."appealDeadlineTimeZone", a."appealGoal",
              COALESCE(SUM(r."letterCount"), 0)::int AS appeals
       FROM urgent_action a LEFT JOIN appeal_record r ON r."actionId" = a.id
       GROUP BY a.id
       ORDER BY CASE a.status WHEN 'published' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, a."appealDeadline" ASC`,
    );
  }

  isTargetOf(actionId: string, targetId: string): Promise<boolean> {
    return this.dataSource.getRepository(ActionTarget).exists({ where: { action: { id: actionId }, target: { id: targetId } } });
  }

  insertAppeals(columns: DeepPartial<AppealRecord>): Promise<AppealRecord> {
    const records = this.dataSource.getRepository(AppealRecord);
    return records.save(records.create(columns));
  }
}
