import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { NotificationQueues } from '../queues/notification-queues.service';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board for staff, outside the /api prefix. It is plain Express, out of reach of the Nest access guard:
 * configureHttpApp gates QUEUE_BOARD_PATH for admins before this router is mounted.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queues: NotificationQueues,
  ) {}

  onModuleInit(): void {
    const httpAdapter = this.adapterHost.httpAdapter;
    if (!httpAdapter) return; // a worker process has no HTTP server
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({ queues: this.queues.all().map((queue) => new BullMQAdapter(queue)), serverAdapter });
    httpAdapter.use(QUEUE_BOARD_PATH, serverAdapter.getRouter());
  }
}
