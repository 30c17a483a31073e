import { listAuditEvents, listRecordChanges } from '../../data/audit-log';
import { adminOnly, type AuthorizationCase } from './world';

export const auditCases: AuthorizationCase[] = [
  { name: 'listAuditEvents', state: 'draft', allowed: adminOnly, call: (v) => listAuditEvents(v, { kind: 'ACCOUNT_CREATED' }) },
  { name: 'listRecordChanges', state: 'draft', allowed: adminOnly, call: (v) => listRecordChanges(v, { entityType: 'Exchange' }) },
];
