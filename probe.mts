import { PrismaClient } from './lib/generated/prisma/client';
import { connectDatabase } from './lib/db/connect';
import { installDatabase } from './lib/db/client';
const url = 'postgresql://postgres@127.0.0.1:5432/test_bench_100000';
const conn = await connectDatabase({ kind: 'postgres', url, description: '' });
const db = new PrismaClient({ adapter: conn.adapterFactory, log: [{ emit: 'event', level: 'query' }] });
const log: string[] = [];
db.$on('query', (e) => log.push(`${e.duration.toFixed(1)}ms ${e.query.replace(/\s+/g, ' ').slice(0, 160)} ${e.params.slice(0, 80)}`));
installDatabase(db);
const { searchPublicRecords } = await import('./lib/data/search');
for (const q of ['cooperation', '营商环境', '螺蛳粉']) for (let i = 0; i < 2; i++) { log.length = 0; const s = performance.now(); await searchPublicRecords(null as never, { q }); console.log(q, (performance.now() - s).toFixed(1)); if (i) console.log(log.join('\n')); }
await db.$disconnect();
