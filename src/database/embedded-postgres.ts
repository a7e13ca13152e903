import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lock } from 'proper-lockfile';

export interface DatabaseEndpoint {
  url: string;
  /** PGlite answers one session at a time, so the pool must hold a single connection. */
  poolSize: number;
  close(): Promise<void>;
}

/** How long a lock of a process that died stays in the way: a live holder refreshes it every few seconds. */
const STALE_LOCK_MS = 30_000;

/**
 * PGlite is a database inside one process: a second process opening the same files would corrupt them. The
 * lock (proper-lockfile: an atomic mkdir, refreshed while held, taken over once stale) lets a second `npm start`
 * or a CLI say so plainly instead of failing deep inside PGlite.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lock(dataDir, {
      realpath: false,
      lockfilePath: `${resolve(dataDir)}.lock`,
      stale: STALE_LOCK_MS,
      update: STALE_LOCK_MS / 6,
      // Its default throws from a timer and would kill a running app over a late refresh: say so instead.
      onCompromised: (error) => process.stderr.write(`Warning: the lock on the embedded database ${dataDir} was lost (${error.message})\n`),
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    throw new Error(
      `the embedded database in ${dataDir} is in use by a running app (npm start). PGlite serves one process at a time: ` +
        'stop the app first (Ctrl-C), or while it runs make the first admin through the setup link it printed; ' +
        'or set DATABASE_URL to a PostgreSQL server that both can use.',
      { cause: error },
    );
  }
}

/** Starts PGlite (real Postgres compiled to WASM) in this process, reachable over a loopback socket. */
export async function startEmbeddedPostgres(dataDir: string): Promise<DatabaseEndpoint> {
  mkdirSync(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      poolSize: 1,
      async close() {
        await server.stop();
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** DATABASE_URL when set; otherwise the embedded database under `pgliteDir`. */
export async function openDatabase(databaseUrl: string | undefined, pgliteDir: string): Promise<DatabaseEndpoint> {
  if (databaseUrl) return { url: databaseUrl, poolSize: 10, close: async () => undefined };
  return startEmbeddedPostgres(pgliteDir);
}
