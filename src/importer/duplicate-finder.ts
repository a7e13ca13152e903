import { Injectable } from '@nestjs/common';
import { ActionUpdateKind } from '../actions/action-vocabulary';
import { Clock } from '../common/clock';
import { parseInstant } from '../common/instant';
import { FindActionByTitleAndDeadline } from '../actions/use-cases/find-action-by-title-and-deadline';
import { FindActionByUaNumber } from '../actions/use-cases/find-action-by-ua-number';
import type { DocumentReading, DocumentUpdateKind, DuplicateOf, OfferedUpdate } from './imported-draft';

const updatePath = (id: string) => `/api/actions/${id}/updates`;

/** "UA 03/96", "UA: 3/96", "UA 3 / 96" → "UA 3/96": the forms one UA number is printed in. */
export function canonicalUaNumber(reference: string): string | null {
  const match = /^UA:?\s*0*(\d{1,4})\s*\/\s*(\d{2})$/i.exec(reference.trim());
  return match ? `UA ${match[1]}/${match[2]}` : null;
}

/**
 * The existing action a document belongs to: the same UA number, in whatever form it is printed (an update or a
 * stop action keeps the number of the UA it follows), or the same title and deadline date.
 */
@Injectable()
export class DuplicateFinder {
  constructor(
    private readonly byUaNumber: FindActionByUaNumber,
    private readonly byTitleAndDeadline: FindActionByTitleAndDeadline,
    private readonly clock: Clock,
  ) {}

  async find(reading: DocumentReading): Promise<DuplicateOf | null> {
    const draft = reading.action;
    const number = draft.reference ? canonicalUaNumber(draft.reference) : null;
    if (number) {
      const same = await this.byUaNumber.execute(number);
      if (same) {
        const kind = reading.updateKind ?? 'further information';
        return {
          id: same.id,
          reference: same.reference,
          field: 'reference',
          updatePath: updatePath(same.id),
          reason: reading.updateKind
            ? `This document is a ${reading.updateKind} on ${draft.reference}, which is action ${same.id} (${same.reference}); post it as an update of that action`
            : `Action ${same.id} has reference ${same.reference} already; post this document as an update of it`,
          update: this.offeredUpdate(reading, kind),
        };
      }
    }
    if (!draft.title || !draft.appealDeadline) return null;
    // The deadline date is compared in each action's own zone, as the documents print it.
    const same = await this.byTitleAndDeadline.execute(draft.title, draft.appealDeadline);
    if (!same) return null;
    return {
      id: same.id,
      reference: same.reference,
      field: 'title',
      updatePath: updatePath(same.id),
      reason: `Action ${same.id} has the title "${same.title}" and the deadline ${draft.appealDeadline} already; post this document as an update of it`,
      update: this.offeredUpdate(reading, reading.updateKind ?? 'further information'),
    };
  }

  /** The body to post to the update path: what the document says, its new asks, and a new deadline still to come. */
  private offeredUpdate(reading: DocumentReading, kind: DocumentUpdateKind): OfferedUpdate {
    const { action, deadline } = reading;
    const body = [action.summary, action.body].filter(Boolean).join('\n\n');
    const newDeadline = kind === 'further information' && deadline?.confirmed ? parseInstant(deadline.date, deadline.timeZone) : null;
    return {
      kind: kind === 'stop action' ? ActionUpdateKind.StopAction : ActionUpdateKind.FurtherInformation,
      ...(action.title ? { title: action.title } : {}),
      ...(body ? { body } : {}),
      ...(action.documentIndex ? { documentIndex: action.documentIndex } : {}),
      ...(kind === 'further information' && action.asks?.length ? { asks: action.asks } : {}),
      // A deadline already past when the update is read is the document's history, not a new deadline.
      ...(newDeadline && newDeadline > this.clock.now() ? { newAppealDeadline: newDeadline.toISOString() } : {}),
    };
  }
}
