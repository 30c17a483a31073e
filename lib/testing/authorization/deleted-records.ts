import { listDeletedRecords, restoreDeletedPart } from '../../data/deleted-records';
import { deletePart } from '../../data/exchange-parts';
import { type AuthorizationCase, editors, signedIn } from './world';

export const deletedRecordCases: AuthorizationCase[] = [
  { name: 'listDeletedRecords', state: 'deleted', allowed: signedIn, call: (v) => listDeletedRecords(v) },
  {
    name: 'restoreDeletedPart',
    state: 'draft',
    allowed: editors,
    setup: async (w) => {
      await deletePart(w.viewers.admin, 'event', w.eventId, { version: '1' });
      const deletion = await w.db.revision.findFirstOrThrow({ where: { entityId: w.eventId, action: 'DELETE' } });
      return { revisionId: deletion.id };
    },
    call: (v, w, extra) => restoreDeletedPart(v, extra.revisionId!),
  },
];
