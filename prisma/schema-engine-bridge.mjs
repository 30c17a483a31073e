#!/usr/bin/env node
import fs from 'node:fs';
import readline from 'node:readline';
const log = (x) => fs.appendFileSync('/tmp/bridge.log', JSON.stringify(x) + '\n');
log({ argv: process.argv.slice(2), cwd: process.cwd(), db: process.env.DATABASE_URL, rust: process.env.RUST_LOG });
if (process.argv.includes('cli')) process.exit(0);
readline.createInterface({ input: process.stdin }).on('line', (l) => {
  log({ line: JSON.parse(l) });
  const m = JSON.parse(l);
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, error: { code: 4466, message: 'x', data: { is_panic: false, message: 'stub', meta: null, error_code: null } } }) + '\n');
});
