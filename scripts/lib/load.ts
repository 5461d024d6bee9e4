// A small closed-loop HTTP load generator for the soak and the benchmark: `connections` workers
// on keep-alive sockets, each sending its next request as soon as the last one answered, for a
// bounded time, to a loopback address only.
import http from 'node:http';

/** One request to send. */
export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Label the figures are grouped by. */
  kind: string;
}

/** Figures for one kind of request. */
export interface KindStats {
  count: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** First few error descriptions (status and path without its query: no case data). */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  byKind: Record<string, KindStats>;
}

const MAX_CONNECTIONS = 1_000;
const MAX_DURATION_MS = 60 * 60 * 1000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sends one request and resolves with its status (0 on a network error) once the body is read. */
function send(agent: http.Agent, base: URL, request: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) } : {},
        timeout: 30_000,
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end(request.body);
  });
}

/** Runs `connections` workers against `baseUrl` (loopback only) for `durationMs`; `next` picks each request. */
export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationMs: number;
  next: () => LoadRequest;
  /** Statuses that count as success for a kind (default: 2xx). */
  ok?: (status: number, request: LoadRequest) => boolean;
}): Promise<LoadResult> {
  const base = new URL(options.baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error(`Load is for loopback servers only, not ${base.hostname}`);
  const connections = Math.min(Math.max(1, Math.floor(options.connections)), MAX_CONNECTIONS);
  const durationMs = Math.min(Math.max(0, options.durationMs), MAX_DURATION_MS);
  const ok = options.ok ?? ((status) => status >= 200 && status < 300);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = new Map<string, number[]>();
  const errorsByKind = new Map<string, number>();
  const errorSamples: string[] = [];
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = options.next();
      const t0 = performance.now();
      const status = await send(agent, base, request);
      const ms = performance.now() - t0;
      requests++;
      (latencies.get(request.kind) ?? latencies.set(request.kind, []).get(request.kind)!).push(ms);
      if (!ok(status, request)) {
        errors++;
        errorsByKind.set(request.kind, (errorsByKind.get(request.kind) ?? 0) + 1);
        if (errorSamples.length < 10) errorSamples.push(`${status || 'network error'} ${request.method ?? 'GET'} ${request.path.split('?')[0]}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const byKind: Record<string, KindStats> = {};
  for (const [kind, values] of latencies) {
    const sorted = values.sort((a, b) => a - b);
    byKind[kind] = { count: sorted.length, errors: errorsByKind.get(kind) ?? 0, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
  }
  return { requests, errors, errorSamples, seconds, perSecond: requests / seconds, byKind };
}
