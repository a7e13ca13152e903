import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found upwards so the same code runs from test/ and from a bench build. */
function projectRootAbove(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'nest-cli.json'))) {
    if (dirname(folder) === folder) throw new Error(`No project root above ${start}`);
    folder = dirname(folder);
  }
  return folder;
}

export const PROJECT_ROOT = projectRootAbove(__dirname);

export interface RunningApp {
  process: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Milliseconds from spawn to the "ready" line. */
  startupMs: number;
  stop(): Promise<number | null>;
}

/** Runs the built app (dist/, made by global setup) as `npm start` would, until it prints its URL. */
export async function startBuiltApp(
  environment: Record<string, string | undefined>,
  timeoutMs = 90_000,
  nodeArguments: string[] = [],
): Promise<RunningApp> {
  const started = Date.now();
  const child = spawn(process.execPath, [...nodeArguments, join(PROJECT_ROOT, 'dist/main.js')], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const poll = setInterval(() => {
      // The banner, or with LOG_FORMAT=json the ready line's field.
      const match = /Public pages:\s+(http:\/\/[^/\s]+)\//.exec(output) ?? /"publicPages":"(http:\/\/[^/"]+)\//.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`app exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    process: child,
    baseUrl,
    output: () => output,
    startupMs: Date.now() - started,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
