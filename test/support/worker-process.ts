import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './built-app';
import { waitFor } from './wait-for';

export interface WorkerProcess {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** `npm run start:worker`'s program (dist/worker.js, built by global setup), until it says it is ready. */
export async function startWorkerProcess(environment: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/worker.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', WORKER_METRICS_PORT: '0', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitFor(
    `the worker to start (output so far: ${output})`,
    () => output.includes('Notification worker ready') || child.exitCode !== null,
    60_000,
  );
  if (child.exitCode !== null) throw new Error(`The worker exited at start:\n${output}`);
  return { process: child, output: () => output, exited };
}
