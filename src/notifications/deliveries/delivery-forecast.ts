import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionTarget } from '../../actions/action-target.entity';
import type { TargetRole } from '../../actions/action-vocabulary';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { LettersConfig } from '../../config/letters.config';
import { officeTimeZone } from '../../importer/vocabulary/office-time-zone';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { nextSlots } from '../pacing/pace-slots';

/** One target of an action, as its letters are paced: what waits for it, when the last one goes, and when a new one would. */
export interface TargetForecast {
  targetId: string;
  name: string;
  role: TargetRole;
  /** Letters per hour this office is sent (its own pace, else TARGET_MESSAGES_PER_HOUR). */
  perHour: number;
  /** Letters queued to this office, from every action (they share its pace). */
  queued: number;
  /** When the last of them goes; null with none queued. */
  lastGoesAt: Date | null;
  /** When a letter asked for now would go: by email, and by fax (inside the office's hours). Null without that address. */
  newEmailGoesAt: Date | null;
  newFaxGoesAt: Date | null;
  /** The queued letters do not all go before the appeal deadline. */
  queuedPassDeadline: boolean;
  /** A letter asked for now would go after the appeal deadline. */
  newPassDeadline: boolean;
  /** Staff stopped offering new writers the system's sending to this office. */
  sendingPaused: boolean;
}

export interface DeliveryForecastReport {
  actionId: string;
  appealDeadline: Date;
  targets: TargetForecast[];
  /** Some target's letters go after the deadline: staff should slow writers down, raise a pace or steer them elsewhere. */
  warning: boolean;
}

/**
 * The forecast staff read against the deadline. Letters are given their slot when they are queued (see TargetMessages),
 * so the last queued slot is when the last one goes; a new letter takes the next slot after the target's last one.
 */
@Injectable()
export class DeliveryForecast {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly letters: LettersConfig,
  ) {}

  /** Stops (or starts again) offering new writers the system's sending to one of the action's targets. */
  async steer(actionId: string, targetId: string, paused: boolean): Promise<DeliveryForecastReport> {
    // Through the query builder, so the public pages' and letters' shared copies hear of it (ActionChanges).
    const changed = await this.dataSource
      .createQueryBuilder()
      .update(ActionTarget)
      .set({ systemSendingPausedAt: paused ? () => 'coalesce("systemSendingPausedAt", :now)' : null })
      .where('"actionId" = :actionId AND "targetId" = :targetId', { actionId, targetId, now: this.clock.now() })
      .execute();
    if (!changed.affected) throw NotFound.entity(`Target of action ${actionId}`, targetId);
    return this.forAction(actionId);
  }

  async forAction(actionId: string): Promise<DeliveryForecastReport> {
    const action = await this.dataSource
      .getRepository(UrgentAction)
      .findOne({ where: { id: actionId }, relations: { targets: { target: true } } });
    if (!action) throw NotFound.entity('Action', actionId);
    const links = [...action.targets].sort((a, b) => a.position - b.position);
    const rows: { targetId: string; queued: number; lastQueued: Date | null; lastSlot: Date | null }[] =
      links.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT "targetId", count(*) FILTER (WHERE "status" = 'queued')::int AS "queued",
              max("dueAt") FILTER (WHERE "status" = 'queued') AS "lastQueued", max("dueAt") AS "lastSlot"
       FROM notification_outbox WHERE "kind" = $2 AND "status" <> 'cancelled' AND "targetId" = ANY($1::uuid[]) GROUP BY "targetId"`,
            [links.map((link) => link.target.id), NotificationKind.TargetMessage],
          );
    const byTarget = new Map(rows.map((row) => [row.targetId, row]));
    const now = this.clock.now();
    const deadline = action.appealDeadline.getTime();
    const targets = links.map(({ target, role, systemSendingPausedAt }): TargetForecast => {
      const row = byTarget.get(target.id);
      const perHour = target.messagesPerHour ?? this.letters.perTargetPerHour;
      const last = row?.lastSlot ? new Date(row.lastSlot) : null;
      const faxTimeZone = target.timeZone ?? officeTimeZone(target.country, target.addressLines ?? [])?.timeZone;
      const newEmailGoesAt = target.email ? nextSlots(1, last, now, { perHour })[0] : null;
      const newFaxGoesAt = target.fax ? nextSlots(1, last, now, { perHour, faxTimeZone })[0] : null;
      const lastGoesAt = row?.lastQueued ? new Date(row.lastQueued) : null;
      const earliestNew = [newEmailGoesAt, newFaxGoesAt]
        .filter((at): at is Date => at !== null)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      return {
        targetId: target.id,
        name: target.name,
        role,
        perHour,
        queued: row?.queued ?? 0,
        lastGoesAt,
        newEmailGoesAt,
        newFaxGoesAt,
        queuedPassDeadline: Boolean(lastGoesAt && lastGoesAt.getTime() > deadline),
        newPassDeadline: Boolean(earliestNew && earliestNew.getTime() > deadline),
        sendingPaused: Boolean(systemSendingPausedAt),
      };
    });
    return {
      actionId,
      appealDeadline: action.appealDeadline,
      targets,
      warning: targets.some((target) => target.queuedPassDeadline || target.newPassDeadline),
    };
  }
}
