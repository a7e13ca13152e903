import cluster, { type Worker } from 'node:cluster';
import type { Environment } from '../config/environment';

/** One process's part of a total shared by `count` processes: the parts differ by at most one and add up to the total. */
export function shareOf(total: number, count: number, index: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}

/**
 * What process `index` of WORKER_PROCESSES runs with: its part of the SMTP connections and of the sends at once, so
 * that all of them together keep to what the relay and PostgreSQL were sized for, and its own probe port.
 */
export function processEnvironment(environment: Environment, index: number): Record<string, string> {
  const count = environment.WORKER_PROCESSES;
  return {
    WORKER_PROCESSES: '1',
    SMTP_MAX_CONNECTIONS: String(shareOf(environment.SMTP_MAX_CONNECTIONS, count, index)),
    MAIL_CONCURRENCY: String(shareOf(environment.MAIL_CONCURRENCY, count, index)),
    WORKER_METRICS_PORT: String(environment.WORKER_METRICS_PORT === 0 ? 0 : environment.WORKER_METRICS_PORT + index),
  };
}

/** Refuses a split that would leave a process without an SMTP connection or a send slot. */
export function refuseImpossibleSplit(environment: Environment): void {
  const count = environment.WORKER_PROCESSES;
  for (const key of ['SMTP_MAX_CONNECTIONS', 'MAIL_CONCURRENCY'] as const) {
    if (environment[key] < count) {
      throw new Error(`WORKER_PROCESSES (${count}) is more than ${key} (${environment[key]}): the processes share it, one each at least`);
    }
  }
}

/**
 * WORKER_PROCESSES > 1: this process only keeps that many workers running (node:cluster), so one `npm run
 * start:worker` uses every core of its machine. A process that fails before it is ready stops them all (a setup error
 * would only fail again); one that dies later is replaced, and the rows it held are claimed again when their leases
 * run out. SIGTERM or SIGINT is passed on; each lets its running jobs finish, then this one exits.
 */
export function superviseWorkerProcesses(environment: Environment, log: (line: string) => void): void {
  refuseImpossibleSplit(environment);
  let stopping = false;
  const start = (index: number) => {
    const worker: Worker = cluster.fork(processEnvironment(environment, index));
    let ready = false;
    worker.on('message', (message: unknown) => {
      if (message === 'ready') ready = true;
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (!ready) {
        log(`worker process ${index} stopped (${how}) before it was ready: stopping all`);
        stopAll(1);
        return;
      }
      log(`worker process ${index} stopped (${how}): starting another`);
      start(index);
    });
  };
  const stopAll = (exitCode: number) => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (running.length === 0) process.exit(exitCode);
    let left = running.length;
    for (const worker of running) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
  };
  for (let index = 0; index < environment.WORKER_PROCESSES; index += 1) start(index);
  log(`Notification worker processes: ${environment.WORKER_PROCESSES} (supervisor pid ${process.pid})`);
  process.once('SIGINT', () => stopAll(0));
  process.once('SIGTERM', () => stopAll(0));
}
