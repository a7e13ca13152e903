import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface DatabaseEndpoint {
  url: string;
  /** PGlite answers one session at a time, so the pool must hold a single connection. */
  poolSize: number;
  close(): Promise<void>;
}

/** Starts PGlite (real Postgres compiled to WASM) in this process, reachable over a loopback socket. */
export async function startEmbeddedPostgres(dataDir: string): Promise<DatabaseEndpoint> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    poolSize: 1,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

/** DATABASE_URL when set; otherwise the embedded database under `pgliteDir`. */
export async function openDatabase(databaseUrl: string | undefined, pgliteDir: string): Promise<DatabaseEndpoint> {
  if (databaseUrl) return { url: databaseUrl, poolSize: 10, close: async () => undefined };
  return startEmbeddedPostgres(pgliteDir);
}
