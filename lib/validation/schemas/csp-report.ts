import { z } from 'zod';

/*
 * What browsers send when the page policy blocks something: the older `report-uri` form (one report,
 * `application/csp-report`) and the Reporting API's (`application/reports+json`, a batch that may hold
 * other kinds of report too). Only the fields worth logging are kept.
 */

const text = z.string().optional();
const number = z.number().optional();

const legacyReport = z.object({
  'csp-report': z.object({
    'document-uri': text,
    'blocked-uri': text,
    'effective-directive': text,
    'violated-directive': text,
    disposition: text,
    'source-file': text,
    'line-number': number,
    'column-number': number,
  }),
});

const reportingApiReports = z
  .array(
    z.object({
      type: z.string(),
      body: z
        .object({
          documentURL: text,
          blockedURL: text,
          effectiveDirective: text,
          disposition: text,
          sourceFile: text,
          lineNumber: number,
          columnNumber: number,
        })
        .optional(),
    }),
  )
  .min(1)
  .max(100);

/** One blocked thing, the same whichever form the browser reported it in. */
export interface CspViolation {
  directive?: string;
  blocked?: string;
  document?: string;
  source?: string;
  line?: number;
  column?: number;
  disposition?: string;
}

export const cspReportBodies = {
  'application/csp-report': legacyReport.transform(({ 'csp-report': r }): CspViolation[] => [
    {
      directive: r['effective-directive'] ?? r['violated-directive'],
      blocked: r['blocked-uri'],
      document: r['document-uri'],
      source: r['source-file'],
      line: r['line-number'],
      column: r['column-number'],
      disposition: r.disposition,
    },
  ]),
  'application/reports+json': reportingApiReports.transform((reports): CspViolation[] =>
    reports.flatMap(({ type, body }) =>
      type === 'csp-violation' && body
        ? [
            {
              directive: body.effectiveDirective,
              blocked: body.blockedURL,
              document: body.documentURL,
              source: body.sourceFile,
              line: body.lineNumber,
              column: body.columnNumber,
              disposition: body.disposition,
            },
          ]
        : [],
    ),
  ),
};

export type CspReportType = keyof typeof cspReportBodies;
