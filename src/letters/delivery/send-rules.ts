import type { ActionRecord, ActionTargetRecord } from '../../actions/action-read-model';
import { realAddresses } from '../../actions/demonstration-addresses';
import { ActionStatus } from '../../actions/action-vocabulary';
import { Refused } from '../../platform/errors/domain-errors';
import type { FaxConfig } from '../../config/fax.config';
import { officeTimeZone } from '../../importer/vocabulary/office-time-zone';
import type { TargetRecord } from '../../targets/target-read-model';

/** A closed action takes no more letters, by any channel. */
export function assertOpen(action: ActionRecord): void {
  if (action.status === ActionStatus.Closed) {
    throw Refused.at(
      'status',
      `Action ${action.reference ?? action.id} is closed (${action.outcome ?? 'no outcome'}); no more appeals are sent`,
    );
  }
}

/** After the deadline the documents say "check with your section office": the system sends only when the action allows late appeals. */
export function assertBeforeDeadline(action: ActionRecord, now: Date): void {
  if (now.getTime() >= action.appealDeadline.getTime() && !action.lateAppealsAllowed) {
    throw Refused.at(
      'appealDeadline',
      `The appeal deadline (${action.appealDeadline.toISOString()}) has passed and this action does not take late appeals; check with your section office`,
    );
  }
}

/** Staff steer new writers away from an office whose letters would pass the deadline: the system sends it no more. */
export function assertNotSteeredAway(link: ActionTargetRecord): void {
  if (link.systemSendingPausedAt) {
    throw Refused.at(
      'targetId',
      `${link.target.name} has more letters waiting than it can take before the deadline; send yours by post or your own email, or write to the other offices`,
    );
  }
}

/** The system sends only by a channel the target has, that is switched on, and (for email) that has not bounced. */
export function assertReachable(target: TargetRecord, channel: 'email' | 'fax', faxGateway: FaxConfig['gateway']): void {
  if (channel === 'email' && !target.email) {
    throw Refused.at('channel', `${target.name} has no email address; send by fax or post`);
  }
  if (channel === 'email' && target.emailUndeliverableAt) {
    throw Refused.at(
      'channel',
      `Mail to ${target.name} bounced (${target.emailUndeliverableReason ?? 'undeliverable'}); send by fax or post`,
    );
  }
  if (channel === 'fax' && !target.fax) {
    throw Refused.at('channel', `${target.name} has no fax number; send by email or post`);
  }
  if (channel === 'fax' && faxGateway === 'disabled') {
    throw Refused.at('channel', 'This server sends no faxes (FAX_GATEWAY=disabled); send by email or post');
  }
  if (channel === 'fax') faxTimeZoneOf(target);
}

/** Faxes go in the office's hours: its own time zone, else the one its country and address point to. */
export function faxTimeZoneOf(target: TargetRecord): string {
  const timeZone = target.timeZone ?? officeTimeZone(target.country, target.addressLines ?? [])?.timeZone;
  if (!timeZone) {
    throw Refused.at(
      'channel',
      `The office hours of ${target.name} are not known (no time zone on the target), so no fax can be timed; send by email or post`,
    );
  }
  return timeZone;
}

/**
 * A demonstration action is there to be tried by newcomers, so its letters may only ever reach reserved example
 * addresses: even if someone points one of its targets at a real office, nothing goes there.
 */
export function assertDemonstrationAddressesOnly(
  action: ActionRecord,
  recipients: { emails: (string | null)[]; faxes: (string | null)[] },
): void {
  if (!action.isDemonstration) return;
  const real = realAddresses(recipients);
  if (real.length > 0) {
    throw Refused.at(
      'targetId',
      `${action.reference ?? 'This action'} is a demonstration: its letters go only to reserved example addresses, never to ${real.join(', ')}`,
    );
  }
}
