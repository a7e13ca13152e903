import { Inject, Injectable } from '@nestjs/common';
import type { TargetRole } from '../../actions/action-vocabulary';
import { FindActionWithTargets } from '../../actions/use-cases/find-action-with-targets';
import { PauseTargetSending } from '../../actions/use-cases/pause-target-sending';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { LettersConfig } from '../../config/letters.config';
import { officeTimeZone } from '../../importer/vocabulary/office-time-zone';
import { nextSlots } from '../pacing/pace-slots';
import { DeliveriesRepository } from './deliveries.repository';

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
    private readonly deliveries: DeliveriesRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly letters: LettersConfig,
    private readonly findAction: FindActionWithTargets,
    private readonly pauseSending: PauseTargetSending,
  ) {}

  /** Stops (or starts again) offering new writers the system's sending to one of the action's targets. */
  async steer(actionId: string, targetId: string, paused: boolean): Promise<DeliveryForecastReport> {
    if (!(await this.pauseSending.execute(actionId, targetId, paused, this.clock.now())))
      throw NotFound.entity(`Target of action ${actionId}`, targetId);
    return this.forAction(actionId);
  }

  async forAction(actionId: string): Promise<DeliveryForecastReport> {
    const action = await this.findAction.execute(actionId);
    if (!action) throw NotFound.entity('Action', actionId);
    const links = [...action.targets].sort((a, b) => a.position - b.position);
    const rows = links.length === 0 ? [] : await this.deliveries.letterQueuesOf(links.map((link) => link.target.id));
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
