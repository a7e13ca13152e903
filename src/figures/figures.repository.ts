import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A row of counted letters as PostgreSQL answers it: `letters` and what it is counted by. */
export type FigureRow = Record<string, string | null>;

const SUM = 'SUM(r."letterCount")::int AS letters';

/**
 * The appeal counts staff and sections read, each a sum of letterCount in one statement, with the target's, section's
 * or action's table joined as SQL text. The letters sections report on paper are written by the supporters module.
 */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
