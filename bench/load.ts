import http from 'node:http';

/**
 * A closed-loop load: `concurrency` clients, each sending its next request as soon as the previous
 * answer has been read in full, for a fixed time. Latency is measured from sending to the last byte.
 */
export interface LoadOptions {
  /** The address of each request; called with a running request number, so clients vary what they ask. */
  target: (n: number) => string;
  concurrency: number;
  durationMs: number;
  /** Requests before measuring starts, so caches and compiled code are warm. */
  warmupMs?: number;
}

export interface LoadFigures {
  requests: number;
  errors: number;
  /** Answers per second over the measured time. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first few errors, to say what went wrong. */
  errorSamples: string[];
}

export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function get(agent: http.Agent, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // As a browser asks: pages come compressed where the server can.
    const request = http.get(address, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
  });
}

async function drive(options: LoadOptions, durationMs: number, record: boolean) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const address = options.target(sent++);
      const before = performance.now();
      try {
        const status = await get(agent, address);
        if (status !== 200) throw new Error(`${status} from ${address}`);
        if (record) latencies.push(performance.now() - before);
      } catch (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = performance.now() - started;
  agent.destroy();
  return { latencies, errors, errorSamples, elapsed };
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  if (options.warmupMs) await drive(options, options.warmupMs, false);
  const { latencies, errors, errorSamples, elapsed } = await drive(options, options.durationMs, true);
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    throughput: (latencies.length / elapsed) * 1000,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errorSamples,
  };
}
