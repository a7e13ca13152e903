import { connect, createServer, Socket } from 'node:net';

export interface TcpProxy {
  /** The target's URL with its host and port replaced by the proxy's. */
  url: string;
  /** Chunks the app has written to the target so far (each query or command is one or a few). */
  readonly chunksToTarget: number;
  /** Holds every byte both ways, and new connections too: the target stops answering, as behind a dead network. */
  stopAnswering(): void;
  /** Delivers what was held and forwards again. */
  answerAgain(): void;
  close(): Promise<void>;
}

/** A TCP proxy in front of a server (PostgreSQL, Redis) that the test can silence without touching the server. */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  let silent = false;
  let chunksToTarget = 0;
  const held = new Set<() => void>();
  const sockets = new Set<Socket>();
  const forward = (from: Socket, to: Socket, counted: boolean) => {
    from.on('data', (chunk) => {
      if (counted) chunksToTarget += 1;
      if (!silent) return void to.write(chunk);
      const deliver = () => {
        held.delete(deliver);
        to.write(chunk);
      };
      held.add(deliver);
    });
    from.on('close', () => to.destroy());
    from.on('error', () => to.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    forward(client, upstream, true);
    forward(upstream, client, false);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    get chunksToTarget() {
      return chunksToTarget;
    },
    stopAnswering: () => {
      silent = true;
    },
    answerAgain: () => {
      silent = false;
      [...held].forEach((deliver) => deliver());
    },
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
