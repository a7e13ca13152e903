import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { DELIVERY_FAILURE_CLASSES, DeliveryFailureClass } from '../notifications/sending/failure-class';

/**
 * The process's Prometheus registry and the instruments code calls directly. A registry per app, not prom-client's
 * global one, so two apps in one test process never share a figure. Figures read from the database or Redis are
 * collected at scrape time (outbox-metrics.ts, queue-metrics.ts).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly smtpSendSeconds = new Histogram({
    name: 'ua_smtp_send_seconds',
    help: 'Time one message takes to hand to the SMTP relay (or to write to the file outbox), by result.',
    labelNames: ['result'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly deliveryFailures = new Counter({
    name: 'ua_delivery_failures_total',
    help: 'Failed send attempts of outbox messages: temporary (retried), recipient (refused for good), relay (the relay unreachable or refusing us).',
    labelNames: ['class'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Every class is shown from the start, so a rate over it works before the first failure.
    for (const failureClass of DELIVERY_FAILURE_CLASSES) this.deliveryFailures.inc({ class: failureClass }, 0);
  }

  /** Times one hand-over of a message to the relay. */
  async timeSmtpSend<T>(send: () => Promise<T>): Promise<T> {
    const stop = this.smtpSendSeconds.startTimer();
    try {
      const sent = await send();
      stop({ result: 'sent' });
      return sent;
    } catch (error) {
      stop({ result: 'failed' });
      throw error;
    }
  }

  countDeliveryFailure(failureClass: DeliveryFailureClass): void {
    this.deliveryFailures.inc({ class: failureClass });
  }
}
