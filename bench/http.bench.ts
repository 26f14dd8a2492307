/**
 * HTTP load on loopback against the real composed service started in-process (embedded in-memory
 * database, offline model, demo workspace fitted, API-key auth, rate limiting off because all load
 * comes from one key): `/api/chat` at 50 connections for 20 s with zero errors, and stateless
 * `/api/predict` throughput (target ≥ 500 req/s). Latency percentiles from autocannon (client in a
 * worker thread, so its own work does not stall the server's event loop); peak RSS of the process
 * sampled every 250 ms.
 */
import { createRequire } from 'node:module';
import { DEMO_WORKSPACE, loadConfig, startService } from '../cli/index';
import { createMemoryLogger } from '../server/index';
import { markdownTable, rssMb } from './measure';

interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}
interface Result {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const QUESTIONS = [
  'What if we move 20% of TV to social?',
  'Which channels drive sales?',
  'How good is the model?',
  'What is adstock?',
];

async function load(
  name: string,
  options: Record<string, unknown>,
): Promise<(string | number)[] & { errors?: number }> {
  let peak = rssMb();
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb());
  }, 250);
  try {
    const r = await autocannon(options);
    const failed = r.errors + r.timeouts + r.non2xx;
    return [
      name,
      `${options.connections} × ${options.duration} s`,
      r.requests.total,
      (r.requests.total / r.duration).toFixed(0),
      r.latency.p50,
      r.latency.p99,
      r.latency.max,
      failed,
      peak.toFixed(0),
    ];
  } finally {
    clearInterval(sampler);
  }
}

export default async function run(): Promise<string> {
  const service = await startService(loadConfig({ LOG_LEVEL: 'silent' }), {
    port: 0,
    logger: createMemoryLogger(),
    runtime: { inMemory: true },
    settings: { rateLimit: { perMinute: 0 } },
  });
  try {
    const { key } = await service.runtime.store.apiKeys.create(DEMO_WORKSPACE, { label: 'bench' });
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const workspace = (await (await fetch(`${service.url}/api/workspace`, { headers })).json()) as {
      reference: Record<string, number>;
    };
    const allocations = [0.5, 0.8, 1, 1.2, 1.5].map((m) => ({
      allocation: { ...workspace.reference, tv_spend: (workspace.reference.tv_spend ?? 0) * m },
    }));
    const rssStart = rssMb();
    const rows = [
      await load('POST /api/chat (offline model)', {
        url: service.url,
        connections: 50,
        duration: 20,
        timeout: 30,
        workers: 1,
        requests: QUESTIONS.map((question) => ({
          method: 'POST',
          path: '/api/chat',
          headers,
          body: JSON.stringify({ question }),
        })),
      }),
      await load('POST /api/predict', {
        url: service.url,
        connections: 20,
        duration: 10,
        workers: 1,
        requests: allocations.map((body) => ({
          method: 'POST',
          path: '/api/predict',
          headers,
          body: JSON.stringify(body),
        })),
      }),
    ];
    return [
      '## HTTP load (autocannon on loopback, server in-process)',
      '',
      markdownTable(
        [
          'route',
          'connections × time',
          'requests',
          'req/s',
          'p50 ms',
          'p99 ms',
          'max ms',
          'errors + non-2xx',
          'peak RSS MB',
        ],
        rows,
      ),
      '',
      `RSS after start-up (runtime, fitted demo model, indexed knowledge base): ${rssStart.toFixed(0)} MB. The load generator runs in a worker thread of the same process (one Node process, 2 shared cores), so the numbers are a lower bound for a dedicated server.`,
    ].join('\n');
  } finally {
    await service.stop();
  }
}
