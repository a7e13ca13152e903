import { Injectable } from '@nestjs/common';
import { type OpenActions, ReadPublishedActions } from './read-published-actions';

/** What the public index shows: the open actions, closing soonest first, and the cases closed most recently. */
export interface IndexPageReadModel {
  open: OpenActions;
  recentOutcomes: OpenActions;
}

@Injectable()
export class ShowIndexPage {
  constructor(private readonly published: ReadPublishedActions) {}

  async execute(): Promise<IndexPageReadModel> {
    const [open, recentOutcomes] = await Promise.all([this.published.open(), this.published.recentOutcomes()]);
    return { open, recentOutcomes };
  }
}
