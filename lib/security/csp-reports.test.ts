import { describe, expect, it } from 'vitest';
import { loggedReportsPerMinute, maxReportBytes, receiveCspReport, ReportSampler } from './csp-reports';

const legacy = {
  'csp-report': {
    'document-uri': 'https://jiaoliu.example.gov.cn/en/search?q=%E6%B7%84%E5%8D%9A',
    referrer: '',
    'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem',
    'original-policy': "default-src 'self'; report-uri /api/csp-report",
    disposition: 'enforce',
    'blocked-uri': 'inline',
    'line-number': 12,
    'source-file': 'https://jiaoliu.example.gov.cn/en/search?q=secret',
    'status-code': 200,
  },
};

const reportingApi = [
  {
    type: 'csp-violation',
    age: 3,
    url: 'https://jiaoliu.example.gov.cn/en',
    user_agent: 'Chromium',
    body: {
      documentURL: 'https://jiaoliu.example.gov.cn/en',
      blockedURL: 'https://cdn.example.com/tracker.js?id=1',
      effectiveDirective: 'script-src-elem',
      disposition: 'enforce',
      statusCode: 200,
    },
  },
  { type: 'deprecation', age: 1, url: 'https://jiaoliu.example.gov.cn/en', body: { id: 'x' } },
  { type: 'csp-violation', age: 1, url: 'https://jiaoliu.example.gov.cn/zh', body: { documentURL: 'https://jiaoliu.example.gov.cn/zh', blockedURL: 'eval', effectiveDirective: 'script-src' } },
];

function post(body: string, type: string, headers: Record<string, string> = {}) {
  return new Request('https://jiaoliu.example.gov.cn/api/csp-report', { method: 'POST', headers: { 'content-type': type, 'accept-language': 'en', ...headers }, body });
}

async function receive(request: Request) {
  const lines: string[] = [];
  const response = await receiveCspReport(request, new ReportSampler((line) => lines.push(line)));
  return { response, lines, text: await response.text() };
}

describe('receiveCspReport', () => {
  it('logs a report-uri report in one line, without the address’s query, and sends nothing back', async () => {
    const { response, lines, text } = await receive(post(JSON.stringify(legacy), 'application/csp-report'));
    expect(response.status).toBe(204);
    expect(text).toBe('');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^CSP violation: \{/);
    expect(JSON.parse(lines[0]!.slice('CSP violation: '.length))).toEqual({
      directive: 'script-src-elem',
      blocked: 'inline',
      document: 'https://jiaoliu.example.gov.cn/en/search',
      source: 'https://jiaoliu.example.gov.cn/en/search',
      line: 12,
      disposition: 'enforce',
    });
  });

  it('logs each policy violation of a Reporting API batch and passes over other kinds of report', async () => {
    const { response, lines } = await receive(post(JSON.stringify(reportingApi), 'application/reports+json; charset=utf-8'));
    expect(response.status).toBe(204);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"blocked":"https://cdn.example.com/tracker.js"');
    expect(lines[1]).toContain('"blocked":"eval"');
  });

  it('keeps a report’s line breaks from starting lines of their own in the log', async () => {
    const forged = { 'csp-report': { 'blocked-uri': 'inline\nERROR admin password is hunter2', 'effective-directive': 'script-src' } };
    const { lines } = await receive(post(JSON.stringify(forged), 'application/csp-report'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
  });

  it.each([
    ['a body that is not JSON', post('{"csp-report":', 'application/csp-report'), 400, 'The body is not a Content-Security-Policy violation report'],
    ['JSON that is not a report', post('{"hello":"world"}', 'application/csp-report'), 400, 'not a Content-Security-Policy violation report'],
    ['an empty batch', post('[]', 'application/reports+json'), 400, 'not a Content-Security-Policy violation report'],
    ['an empty body', post('', 'application/csp-report'), 400, 'not a Content-Security-Policy violation report'],
    ['another type', post(JSON.stringify(legacy), 'application/json'), 415, 'application/csp-report or application/reports+json'],
    ['a body past the limit', post(' '.repeat(maxReportBytes + 1), 'application/csp-report'), 413, 'larger than 16 KB'],
    [
      'a body past the limit behind a small Content-Length',
      post(`${' '.repeat(maxReportBytes)}${JSON.stringify(legacy)}`, 'application/csp-report'),
      413,
      'larger than 16 KB',
    ],
  ])('refuses %s, saying why, and logs nothing', async (_case, request, status, title) => {
    const { response, lines, text } = await receive(request);
    expect(response.status).toBe(status);
    expect(JSON.parse(text)).toMatchObject({ status, title: expect.stringContaining(title) });
    expect(lines).toEqual([]);
  });

  it('answers in Chinese when asked', async () => {
    const { text } = await receive(post('nonsense', 'application/csp-report', { 'accept-language': 'zh-CN' }));
    expect(JSON.parse(text)).toMatchObject({ title: '请求内容不是内容安全策略（CSP）违规报告' });
  });
});

describe('ReportSampler', () => {
  it('logs at most its limit in a minute, then says how many it left out', () => {
    const lines: string[] = [];
    const sampler = new ReportSampler((line) => lines.push(line));
    const minute = Date.UTC(2026, 2, 2, 9, 0);
    for (let i = 0; i < loggedReportsPerMinute + 5; i++) sampler.record({ directive: 'script-src', blocked: 'inline' }, minute + i);
    expect(lines).toHaveLength(loggedReportsPerMinute);
    sampler.record({ directive: 'script-src', blocked: 'eval' }, minute + 60_000);
    expect(lines.slice(loggedReportsPerMinute)).toEqual([
      'CSP violation: 5 more reports in an earlier minute were not logged (limit 30 a minute).',
      'CSP violation: {"directive":"script-src","blocked":"eval"}',
    ]);
  });
});
