/**
 * How much JavaScript a browser downloads to show a page for the first time: every script file, its
 * size on the wire (compressed) and unpacked. Run against a running app:
 *
 *     npm run measure:first-load -- http://localhost:3000/en
 *
 * It uses the Chromium the browser tests use (CHROMIUM_PATH, /usr/bin/chromium by default).
 */
import { chromium } from '@playwright/test';

const address = process.argv[2] ?? 'http://localhost:3000/en';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await (await browser.newContext()).newPage();
  const scripts: Promise<{ url: string; wire: number; unpacked: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      Promise.all([request.sizes(), request.response().then((response) => response?.body())]).then(([sizes, body]) => ({
        url: request.url(),
        wire: sizes.responseBodySize,
        unpacked: body?.length ?? 0,
      })),
    );
  });
  const response = await page.goto(address, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${address} answered ${response?.status() ?? 'nothing'}`);
  const files = await Promise.all(scripts);
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const file of files) console.log(`${kilobytes(file.wire).padStart(10)} ${kilobytes(file.unpacked).padStart(10)}  ${new URL(file.url).pathname}`);
  const total = (key: 'wire' | 'unpacked') => files.reduce((sum, file) => sum + file[key], 0);
  console.log(`First-load JavaScript of ${address}: ${files.length} files, ${kilobytes(total('wire'))} on the wire, ${kilobytes(total('unpacked'))} unpacked`);
} finally {
  await browser.close();
}
