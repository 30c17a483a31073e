import { receiveCspReport } from '@/lib/security/csp-reports';

/** Where browsers report what the page policy blocked (`report-uri` and `report-to` in lib/security/headers.ts). */
export function POST(request: Request) {
  return receiveCspReport(request);
}
