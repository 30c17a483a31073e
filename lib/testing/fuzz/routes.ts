import fc from 'fast-check';
import type { NextRequest } from 'next/server';
import { GET as exchangesAtom } from '../../../app/[locale]/feeds/exchanges.atom/route';
import { GET as relationshipsAtom } from '../../../app/[locale]/feeds/relationships.atom/route';
import { GET as exchangesIcs } from '../../../app/[locale]/feeds/exchanges.ics/route';
import { POST as importRun } from '../../../app/[locale]/admin/import/run/route';
import { POST as cspReport } from '../../../app/api/csp-report/route';
import { GET as authGet, POST as authPost } from '../../../app/api/auth/[...nextauth]/route';
import { GET as cities } from '../../../app/api/v1/cities/route';
import { GET as exchangesCsv } from '../../../app/api/v1/exchanges.csv/route';
import { GET as exchange } from '../../../app/api/v1/exchanges/[slug]/route';
import { GET as exchanges } from '../../../app/api/v1/exchanges/route';
import { GET as itemsCsv } from '../../../app/api/v1/items.csv/route';
import { GET as items } from '../../../app/api/v1/items/route';
import { GET as openApi } from '../../../app/api/v1/openapi.json/route';
import { GET as popolo } from '../../../app/api/v1/popolo/route';
import { GET as relationshipsCsv } from '../../../app/api/v1/relationships.csv/route';
import { GET as relationships } from '../../../app/api/v1/relationships/route';
import { GET as attachmentFile } from '../../../app/api/files/[id]/[variant]/route';
import { GET as peopleSuggestions } from '../../../app/[locale]/manage/people/suggestions/route';
import { POST as upload } from '../../../app/api/uploads/[locale]/[exchangeId]/route';
import { POST as relationshipUpload } from '../../../app/api/uploads/[locale]/relationships/[relationshipId]/route';
import { foundingExchangeSlug } from '../../db/seed';
import { hostileText } from '../hostile-input';
import { historicalExchangesCsv } from '../import-files';
import { callRoute, cookieHeader, type RequestParts, testOrigin } from '../next-request';
import { decoyId, type FuzzWorld } from './world';

/*
 * Every route handler, with the addresses, queries, headers and bodies the fuzz sends it: the
 * parameters each one reads, with valid and hostile values, names it does not read, and broken
 * percent-encoding.
 */

export type RouteRequest = RequestParts & { params: Record<string, string> };

export interface RouteTarget {
  name: string;
  /** The route's file under app/. */
  file: string;
  /** The handler, called with the request and the path's parameters as Next passes them. */
  handler: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  input: (world: FuzzWorld) => Promise<fc.Arbitrary<RouteRequest>>;
  /** Whether its refusals are problem reports (the open-data API's are). */
  problems?: boolean;
  /** Whether an accepted request may write (signing in records when). */
  writes?: boolean;
}

/** What HTTP carries in a header: Latin-1 without line breaks or NUL; anything else never reaches the app. */
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e\x80-\xff\t]/g, '');

/** Percent-encoded as a client encodes it: UTF-8 has no lone surrogates, so a client sends U+FFFD in their place. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

const brokenEncodings = ['%', '%zz', '%00', '%E4%B8', '%ED%A0%80', '%C0%AF', '%2525', '+', '&&', '=', '==', 'a=b=c', '%FF%FE'];

/** A query string: known parameters with valid or hostile values, unknown ones, repeats and broken encoding. */
function queryString(known: Record<string, readonly string[]>): fc.Arbitrary<string> {
  const names = Object.keys(known);
  const validPair = fc.constantFrom(...names).chain((name) => fc.constantFrom(...known[name]!).map((value) => [name, value] as const));
  const hostilePair = fc.tuple(fc.oneof(fc.constantFrom(...names, 'lang', '__proto__', 'constructor'), hostileText), hostileText);
  const encoded = fc.oneof(
    { arbitrary: fc.oneof(validPair, hostilePair).map(([name, value]) => `${encode(name)}=${encode(value)}`), weight: 8 },
    { arbitrary: fc.constantFrom(...brokenEncodings), weight: 1 },
  );
  return fc.array(encoded, { maxLength: 6 }).map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
}

const acceptLanguage = fc.oneof(fc.constantFrom('en', 'zh-CN,zh;q=0.9,en;q=0.8', '*', 'en;q=1e999', 'zh;q=-1', ',,,;;;'), hostileText.map(headerSafe));

const timelineQuery = {
  city: ['zibo', 'liuzhou', 'guangzhou', 'atlantis', 'ZIBO'],
  partner: ['liuzhou', 'zibo'],
  year: ['2023', '1949', '2100', '2023.5'],
  topic: ['烧烤', 'barbecue', '%'],
  status: ['in_progress', 'proposed', 'stale', 'IN_PROGRESS'],
  person: ['00000000-0000-4000-8000-000000000000'],
  page: ['1', '2', '100000', '100001'],
  modified_since: ['2023-01-01', '2023-05-01T08:00:00+08:00', '2023-05-01T08:00:00 08:00', '2023-05-01T08:00:00'],
  lang: ['zh', 'en'],
};

const relationshipQuery = {
  city: timelineQuery.city,
  partner: timelineQuery.partner,
  kind: ['sister_city', 'cooperation_agreement', 'delegation_visit', 'SISTER_CITY'],
  status: ['in_force', 'lapsed', 'in_progress', 'IN_FORCE'],
  lang: timelineQuery.lang,
};

/** A GET of `path` with a fuzzed query (of the timeline's parameters unless told others) and language. */
function getWithQuery(path: string, params: fc.Arbitrary<Record<string, string>> = fc.constant({}), known: Record<string, readonly string[]> = timelineQuery) {
  return async (): Promise<fc.Arbitrary<RouteRequest>> =>
    fc.record({ query: queryString(known), language: fc.option(acceptLanguage, { nil: undefined }), params }).map(
      ({ query, language, params }): RouteRequest => ({
        path: `${Object.entries(params).reduce((at, [name, value]) => at.replace(`[${name}]`, encode(value)), path)}${query}`,
        method: 'GET',
        headers: language === undefined ? {} : { 'accept-language': language },
        params,
      }),
    );
}

const slug = fc.oneof(fc.constantFrom(foundingExchangeSlug, 'decoy', '', '.', '..', foundingExchangeSlug.toUpperCase()), hostileText);
const locale = fc.oneof({ arbitrary: fc.constantFrom('zh', 'en'), weight: 4 }, { arbitrary: fc.oneof(fc.constantFrom('fr', 'ZH', 'constructor'), hostileText), weight: 1 });

const authActions = [
  'session',
  'csrf',
  'providers',
  'signin',
  'signin/credentials',
  'signin/oidc',
  'callback/credentials',
  'callback/oidc',
  'signout',
  'error',
  'verify-request',
  'webauthn-options/passkey',
  '',
  '..',
  'callback/__proto__',
];

/** The sign-in endpoints of next-auth, with real and forged CSRF tokens, sessions and credentials. */
async function authInput(world: FuzzWorld, method: 'GET' | 'POST'): Promise<fc.Arbitrary<RouteRequest>> {
  const { outcome, setCookies } = await callRoute({ path: '/api/auth/csrf', method: 'GET' }, (request) => authGet(request)).then(async (answer) => ({
    outcome: JSON.parse(answer.body) as { csrfToken: string },
    setCookies: answer.headers.getSetCookie(),
  }));
  const csrfCookie = cookieHeader(setCookies);
  const fields = {
    csrfToken: [outcome.csrfToken, 'forged'],
    email: ['admin@example.org', 'ADMIN@example.org ', 'former@example.org'],
    password: ['correct horse battery staple', 'wrong password'],
    callbackUrl: ['/zh/manage', 'https://evil.example/', '//evil.example', 'javascript:alert(1)'],
    redirect: ['false'],
    json: ['true'],
  };
  const formBody = fc
    .array(
      fc.oneof(
        fc.constantFrom(...Object.keys(fields)).chain((name) => fc.constantFrom(...fields[name as keyof typeof fields]).map((value) => [name, value] as const)),
        fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(fields)), hostileText), hostileText),
      ),
      { maxLength: 7 },
    )
    .map((pairs) => new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString());
  // A sign-in with the real CSRF token and one field broken reaches the password check itself.
  const signIn = { csrfToken: outcome.csrfToken, email: 'admin@example.org', password: 'correct horse battery staple', callbackUrl: '/zh/manage' };
  const nearSignIn = fc
    .tuple(fc.constantFrom(...Object.keys(signIn)), hostileText)
    .map(([name, value]) => new URLSearchParams({ ...signIn, [name]: value }).toString());
  const body = fc.oneof(
    { arbitrary: nearSignIn, weight: 3 },
    { arbitrary: formBody, weight: 3 },
    { arbitrary: fc.oneof(hostileText, fc.constantFrom('{"email":"admin@example.org"}', 'a=%zz&b')), weight: 1 },
  );
  const cookie = fc.oneof(
    fc.constantFrom('', csrfCookie, `${csrfCookie}; ${world.cookies.admin}`, world.cookies.forgedSession, world.cookies.staffOfTheCity),
    hostileText.map((text) => `authjs.session-token=${headerSafe(text)}; authjs.csrf-token=${headerSafe(text)}`),
  );
  const action = fc.oneof({ arbitrary: fc.constantFrom(...authActions), weight: 5 }, { arbitrary: hostileText, weight: 1 });
  return fc
    .record({ action, query: queryString({ callbackUrl: fields.callbackUrl, error: ['Configuration', 'AccessDenied', 'CredentialsSignin'], code: ['invalid'] }), body, cookie })
    .map(
      ({ action, query, body, cookie }): RouteRequest => ({
        path: `/api/auth/${action.split('/').map(encode).join('/')}${query}`,
        method,
        cookie,
        headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
        ...(method === 'POST' ? { body } : {}),
        params: { nextauth: action },
      }),
    );
}

const feedRoute = (file: string, handler: RouteTarget['handler'], name: string, query?: typeof relationshipQuery): RouteTarget => ({
  name: `GET /[locale]/feeds/${name}`,
  file,
  handler,
  input: getWithQuery(`/[locale]/feeds/${name}`, fc.record({ locale }), query),
  problems: true,
});

/** What browsers send to the policy's report endpoint, in both formats, and what anyone else might. */
function cspReportInput(): Promise<fc.Arbitrary<RouteRequest>> {
  const violation = { 'document-uri': `${testOrigin}/zh`, 'violated-directive': 'script-src-elem', 'blocked-uri': 'inline', 'source-file': `${testOrigin}/zh` };
  const body = fc.oneof(
    fc.constantFrom(JSON.stringify({ 'csp-report': violation }), JSON.stringify([{ type: 'csp-violation', age: 1, url: `${testOrigin}/en`, body: violation }])),
    hostileText.map((text) => JSON.stringify({ 'csp-report': { ...violation, 'blocked-uri': text, 'document-uri': text } })),
    hostileText.map((text) => JSON.stringify([{ type: text, body: { blockedURL: text } }])),
    hostileText,
    fc.constantFrom('', '{', '[]', 'null', '{"csp-report":null}', '[{"type":"csp-violation"}]', 'x'.repeat(20_000)),
  );
  const contentType = fc.oneof(fc.constantFrom('application/csp-report', 'application/reports+json', 'application/json', 'text/plain', 'multipart/form-data'), hostileText.map(headerSafe));
  return Promise.resolve(
    fc.record({ body, contentType }).map(({ body, contentType }): RouteRequest => ({ path: '/api/csp-report', method: 'POST', headers: { 'content-type': contentType }, body, params: {} })),
  );
}

/** The import screen's upload: a file (a good one, one a row off, or anything) checked, imported or published, by whoever asks. */
async function importInput(world: FuzzWorld): Promise<fc.Arbitrary<RouteRequest>> {
  const good = historicalExchangesCsv(2);
  const contents = fc.oneof(
    fc.constant(good),
    hostileText.map((text) => good.replace(/\n[^\n]*$/, `\n${text}`)),
    hostileText.map((text) => JSON.stringify([{ slug: text, title: { zh: text, en: text } }])),
    hostileText,
  );
  const request = fc.record({
    contents,
    name: fc.oneof(fc.constantFrom('history.csv', 'history.json', ''), hostileText.map((text) => text.replace(/[\r\n"]/g, '') || 'file')),
    dryRun: fc.oneof(fc.constantFrom('true', 'false'), hostileText),
    publish: fc.option(fc.oneof(fc.constantFrom('true', 'false'), hostileText), { nil: undefined }),
    cookie: fc.constantFrom(world.cookies.admin, world.cookies.staffOfTheCity, world.cookies.anonymous, world.cookies.forgedSession),
    origin: fc.constantFrom(testOrigin, 'https://evil.example'),
    locale,
  });
  return request.map(({ contents, name, dryRun, publish, cookie, origin, locale }): RouteRequest => {
    const body = new FormData();
    if (name) body.set('file', new File([contents], name));
    body.set('dryRun', dryRun);
    if (publish !== undefined) body.set('publish', publish);
    return { path: `/${encode(locale)}/admin/import/run`, method: 'POST', cookie, headers: { origin }, body, params: { locale } };
  });
}

const callerCookie = (world: FuzzWorld) => fc.constantFrom(world.cookies.admin, world.cookies.staffOfTheCity, world.cookies.staffOfAnotherCity, world.cookies.anonymous, world.cookies.forgedSession);

/** A document or photo asked for by anyone, by its id and a copy's name, real or not. */
async function attachmentFileInput(world: FuzzWorld): Promise<fc.Arbitrary<RouteRequest>> {
  const id = fc.oneof(fc.constantFrom(world.attachmentId, decoyId, world.exchangeId, '', '..'), hostileText);
  const variant = fc.oneof(fc.constantFrom('original', 'w480', 'w1280', 'w0', 'w99999', '..', 'original.pdf'), hostileText);
  return fc.record({ id, variant, cookie: callerCookie(world), etag: fc.option(fc.oneof(fc.constantFrom('"x"', '*'), hostileText.map(headerSafe)), { nil: undefined }) }).map(
    ({ id, variant, cookie, etag }): RouteRequest => ({
      path: `/api/files/${encode(id)}/${encode(variant)}`,
      method: 'GET',
      cookie,
      headers: etag === undefined ? {} : { 'if-none-match': etag },
      params: { id, variant },
    }),
  );
}

/**
 * An upload of a document or photo to an exchange or (`relationship`) to a relationship between cities:
 * a real PDF or anything, described well or badly, by anyone, from any site.
 */
const uploadInput = (owner: 'exchange' | 'relationship') => async (world: FuzzWorld): Promise<fc.Arbitrary<RouteRequest>> => {
  const pdf = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const described = { captionZh: '合作协议', credit: '柳州市人民政府', licence: 'CC BY 4.0', visibility: 'INTERNAL' };
  const fields = fc.oneof(
    fc.constant<Record<string, string>>(described),
    fc.tuple(fc.constantFrom(...Object.keys(described), 'eventId', 'altZh', '__proto__'), hostileText).map(([name, value]) => ({ ...described, [name]: value })),
  );
  const request = fc.record({
    contents: fc.oneof(fc.constant(pdf), hostileText, fc.constant('')),
    name: fc.oneof(fc.constantFrom('agreement.pdf', 'photo.jpg', ''), hostileText.map((text) => text.replace(/[\r\n"]/g, '') || 'file')),
    fields,
    id: fc.oneof(fc.constantFrom(world.exchangeId, world.relationshipId, decoyId), hostileText),
    cookie: callerCookie(world),
    origin: fc.constantFrom(testOrigin, 'https://evil.example'),
    locale,
  });
  return request.map(({ contents, name, fields, id, cookie, origin, locale }): RouteRequest => {
    const body = new FormData();
    for (const [field, value] of Object.entries(fields)) body.set(field, value);
    if (name) body.set('file', new File([contents], name));
    const [path, params] =
      owner === 'exchange'
        ? [`/api/uploads/${encode(locale)}/${encode(id)}`, { locale, exchangeId: id }]
        : [`/api/uploads/${encode(locale)}/relationships/${encode(id)}`, { locale, relationshipId: id }];
    return { path, method: 'POST', cookie, headers: { origin }, body, params };
  });
};

/** What staff type as a new person's name, as each caller: names on record in any script, and anything else. */
async function peopleSuggestionsInput(world: FuzzWorld): Promise<fc.Arbitrary<RouteRequest>> {
  const typed = fc.oneof(fc.constantFrom('赵庆', '趙慶文', 'zhao qing', 'Zhao Qingwen', '张', '%', '_%', ''), hostileText);
  return fc.record({ locale, q: typed, cookie: callerCookie(world) }).map(
    ({ locale, q, cookie }): RouteRequest => ({ path: `/${encode(locale)}/manage/people/suggestions?q=${encode(q)}`, method: 'GET', cookie, params: { locale } }),
  );
}

export const routeTargets: RouteTarget[] = [
  {
    name: 'GET /[locale]/manage/people/suggestions',
    file: 'app/[locale]/manage/people/suggestions/route.ts',
    handler: peopleSuggestions as unknown as RouteTarget['handler'],
    input: peopleSuggestionsInput,
  },
  {
    name: 'GET /api/files/{id}/{variant}',
    file: 'app/api/files/[id]/[variant]/route.ts',
    handler: attachmentFile as unknown as RouteTarget['handler'],
    input: attachmentFileInput,
    problems: true,
  },
  {
    name: 'POST /api/uploads/{locale}/{exchangeId}',
    file: 'app/api/uploads/[locale]/[exchangeId]/route.ts',
    handler: upload as unknown as RouteTarget['handler'],
    input: uploadInput('exchange'),
    writes: true,
  },
  {
    name: 'POST /api/uploads/{locale}/relationships/{relationshipId}',
    file: 'app/api/uploads/[locale]/relationships/[relationshipId]/route.ts',
    handler: relationshipUpload as unknown as RouteTarget['handler'],
    input: uploadInput('relationship'),
    writes: true,
  },
  { name: 'GET /api/v1/exchanges', file: 'app/api/v1/exchanges/route.ts', handler: exchanges, input: getWithQuery('/api/v1/exchanges'), problems: true },
  {
    name: 'GET /api/v1/exchanges/{slug}',
    file: 'app/api/v1/exchanges/[slug]/route.ts',
    handler: exchange as unknown as RouteTarget['handler'],
    input: getWithQuery('/api/v1/exchanges/[slug]', fc.record({ slug })),
    problems: true,
  },
  { name: 'GET /api/v1/exchanges.csv', file: 'app/api/v1/exchanges.csv/route.ts', handler: exchangesCsv, input: getWithQuery('/api/v1/exchanges.csv'), problems: true },
  { name: 'GET /api/v1/items', file: 'app/api/v1/items/route.ts', handler: items, input: getWithQuery('/api/v1/items'), problems: true },
  { name: 'GET /api/v1/items.csv', file: 'app/api/v1/items.csv/route.ts', handler: itemsCsv, input: getWithQuery('/api/v1/items.csv'), problems: true },
  { name: 'GET /api/v1/cities', file: 'app/api/v1/cities/route.ts', handler: cities, input: getWithQuery('/api/v1/cities'), problems: true },
  {
    name: 'GET /api/v1/relationships',
    file: 'app/api/v1/relationships/route.ts',
    handler: relationships,
    input: getWithQuery('/api/v1/relationships', undefined, relationshipQuery),
    problems: true,
  },
  {
    name: 'GET /api/v1/relationships.csv',
    file: 'app/api/v1/relationships.csv/route.ts',
    handler: relationshipsCsv,
    input: getWithQuery('/api/v1/relationships.csv', undefined, relationshipQuery),
    problems: true,
  },
  { name: 'GET /api/v1/popolo', file: 'app/api/v1/popolo/route.ts', handler: popolo, input: getWithQuery('/api/v1/popolo'), problems: true },
  { name: 'GET /api/v1/openapi.json', file: 'app/api/v1/openapi.json/route.ts', handler: openApi, input: getWithQuery('/api/v1/openapi.json'), problems: true },
  feedRoute('app/[locale]/feeds/exchanges.atom/route.ts', exchangesAtom as unknown as RouteTarget['handler'], 'exchanges.atom'),
  feedRoute('app/[locale]/feeds/exchanges.ics/route.ts', exchangesIcs as unknown as RouteTarget['handler'], 'exchanges.ics'),
  feedRoute('app/[locale]/feeds/relationships.atom/route.ts', relationshipsAtom as unknown as RouteTarget['handler'], 'relationships.atom', relationshipQuery),
  { name: 'GET /api/auth/*', file: 'app/api/auth/[...nextauth]/route.ts', handler: authGet, input: (world) => authInput(world, 'GET'), writes: true },
  { name: 'POST /api/auth/*', file: 'app/api/auth/[...nextauth]/route.ts', handler: authPost, input: (world) => authInput(world, 'POST'), writes: true },
  { name: 'POST /api/csp-report', file: 'app/api/csp-report/route.ts', handler: cspReport as unknown as RouteTarget['handler'], input: cspReportInput, problems: true },
  {
    name: 'POST /[locale]/admin/import/run',
    file: 'app/[locale]/admin/import/run/route.ts',
    handler: importRun as unknown as RouteTarget['handler'],
    input: importInput,
    writes: true,
  },
];
