import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { MetricsConfig } from '../config/metrics.config';
import { metricsAccessAllowed } from '../metrics/metrics-access.guard';
import { Metrics } from '../metrics/metrics';
import { Readiness } from './readiness';

export interface WorkerProbeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The worker has no HTTP app; this small server gives it the API's /metrics, /api/health/live and /api/health/ready
 * on WORKER_METRICS_PORT, so an orchestrator and Prometheus watch workers the same way.
 */
export async function startWorkerProbeServer(app: INestApplicationContext): Promise<WorkerProbeServer> {
  const config = app.get(MetricsConfig);
  const metrics = app.get(Metrics);
  const readiness = app.get(Readiness);
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const started = process.hrtime.bigint();
    response.once('finish', () =>
      metrics.httpRequestDuration.observe(
        { method: request.method ?? 'GET', route: ROUTES.has(path) ? path : 'unmatched', status: String(response.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      ),
    );
    if (request.method !== 'GET') return json(405, { message: 'Only GET is served here' });
    if (path === '/metrics') {
      if (!metricsAccessAllowed(request, config.token))
        return json(403, { message: 'Metrics answer loopback callers, or callers sending the METRICS_TOKEN as a bearer token' });
      const body = await metrics.registry.metrics();
      return response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(body);
    }
    if (path === '/api/health/live') return json(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    if (path === '/api/health/ready') {
      const ready = await readiness.readyAnswer();
      return json(ready.status, ready.body);
    }
    return json(404, { message: `${path} is not served by the worker; try /metrics, /api/health/live or /api/health/ready` });
  };
  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: error.message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.workerPort, config.workerHost, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ROUTES = new Set(['/metrics', '/api/health/live', '/api/health/ready']);
