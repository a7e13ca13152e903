import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { redactedUrl } from './redacted-url';

export interface RedisEndpoint {
  url: string;
  stop(): void;
}

export class RedisUnavailableError extends Error {}

export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * The configured Redis when it answers; otherwise a private redis-server started for this process
 * (when one is installed), or an error that says how to get one.
 */
export async function ensureRedis(url: string, dataDir: string): Promise<RedisEndpoint> {
  if (await redisAnswers(url)) return { url, stop: () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new RedisUnavailableError(
      `No Redis answers at ${redactedUrl(url)} and redis-server is not installed.\n` +
        'Start the services with `docker compose up -d` (or set REDIS_URL to a running Redis).',
    );
  }
  const port = await freePort();
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const privateUrl = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await redisAnswers(privateUrl, 200)) return { url: privateUrl, stop: () => server.kill('SIGTERM') };
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill('SIGKILL');
  throw new RedisUnavailableError(`A private redis-server on port ${port} did not answer; start Redis with \`docker compose up -d\``);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
