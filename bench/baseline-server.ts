/**
 * The physical limit the app is measured against: Node's own `http` and `pg`, no framework, no cache,
 * answering each benchmarked request with the same SQL the app runs for it and a plain page or JSON of
 * its rows. Whatever the app spends beyond this is the price of its framework, its rendering and its
 * checks. Started by bench/run.ts: PORT and DATABASE_URL from the environment.
 */
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';
import { parseSearchQuery } from '../lib/search/terms';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT ?? 3400);
const pageSize = 20;

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

const page = (title: string, items: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><ol>${items.join('')}</ol></body></html>`;

const summaryColumns = `p."exchangeId", p.slug, p."titleZh", p."titleEn", p."summaryZh", p."summaryEn", p."startDate", p."endDate",
  p."datePrecision", p."dateDisputed", p."eventCount", p."itemCount", p."publishedAt", p."updatedAt",
  v.slug AS "visitingSlug", v."nameZh" AS "visitingZh", v."nameEn" AS "visitingEn",
  h.slug AS "hostSlug", h."nameZh" AS "hostZh", h."nameEn" AS "hostEn"`;
const shownWithCities = `"Publication" p JOIN "City" v ON v.id = p."visitingCityId" JOIN "City" h ON h.id = p."hostCityId" WHERE p."withdrawnAt" IS NULL`;

async function timeline(pageNumber: number) {
  const [count, rows] = await Promise.all([
    pool.query(`SELECT count(*)::int AS total FROM "Publication" WHERE "withdrawnAt" IS NULL`),
    pool.query(`SELECT ${summaryColumns} FROM ${shownWithCities} ORDER BY p."startDate" DESC, p."exchangeId" DESC LIMIT $1 OFFSET $2`, [
      pageSize,
      (pageNumber - 1) * pageSize,
    ]),
  ]);
  const items = rows.rows.map((row) => `<li><a href="/exchange/${row.slug}">${escapeHtml(row.titleEn)}</a> ${escapeHtml(row.visitingEn)} → ${escapeHtml(row.hostEn)}</li>`);
  return page(`Timeline (${count.rows[0].total})`, items);
}

async function exchange(slug: string) {
  const { rows } = await pool.query(`SELECT record FROM "Publication" WHERE slug = $1 AND "withdrawnAt" IS NULL`, [slug]);
  if (!rows[0]) return undefined;
  const record = rows[0].record as Record<string, unknown>;
  return page(String(record.titleEn), [`<li><pre>${escapeHtml(JSON.stringify(record))}</pre></li>`]);
}

async function search(q: string) {
  const query = parseSearchQuery(q);
  if (!query) return page('Search', []);
  const phrases = query.phrases.map((phrase, index) => ` AND t."searchText" LIKE $${index + 2}`).join('');
  const args = [query.terms, ...query.phrases.map((phrase) => `%${phrase.replace(/[\\%_]/g, '\\$&')}%`)];
  const { rows } = await pool.query(
    `SELECT t.kind, t."labelEn", t."textEn", p.slug, p."titleEn"
     FROM "PublicText" t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL
     WHERE t.kind <> 'PERSON' AND t.terms @> $1::text[]${phrases}
     ORDER BY t."startDate" DESC, t.weight DESC, t.id LIMIT ${pageSize}`,
    args,
  );
  return page(`Search: ${q}`, rows.map((row) => `<li><a href="/exchange/${row.slug}">${escapeHtml(row.titleEn)}</a> ${escapeHtml(row.textEn)}</li>`));
}

async function apiExchanges() {
  const { rows } = await pool.query(`SELECT ${summaryColumns} FROM ${shownWithCities} ORDER BY p."startDate" DESC, p."exchangeId" DESC LIMIT 100`);
  return JSON.stringify({ data: rows });
}

createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/timeline') return send(response, 200, 'text/html; charset=utf-8', await timeline(Number(url.searchParams.get('page') ?? 1)));
    if (url.pathname.startsWith('/exchange/')) {
      const body = await exchange(decodeURIComponent(url.pathname.slice('/exchange/'.length)));
      return body ? send(response, 200, 'text/html; charset=utf-8', body) : send(response, 404, 'text/plain', 'not found');
    }
    if (url.pathname === '/search') return send(response, 200, 'text/html; charset=utf-8', await search(url.searchParams.get('q') ?? ''));
    if (url.pathname === '/api/exchanges') return send(response, 200, 'application/json', await apiExchanges());
    send(response, 404, 'text/plain', 'not found');
  } catch (error) {
    console.error(error);
    send(response, 500, 'text/plain', 'error');
  }
}).listen(port, () => console.log(`Baseline ready on port ${port}`));
