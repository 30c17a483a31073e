import 'server-only';
import { z } from 'zod';
import { AppError, isAppError } from '../errors';
import { nameAsKey } from '../records/slugs';
import { exchangeFields } from '../validation/schemas/exchange';
import { sourceFields } from '../validation/schemas/sources';
import {
  type DraftKind,
  type DraftRow,
  draftEntryKinds,
  draftPartKinds,
  draftReferences,
  draftProblems,
  draftRowSchemas,
  draftSubmission,
  type ExchangeDraft,
  isDraftPartKind,
  newCityFields,
  newOrganizationFields,
  withPointersResolved,
} from '../validation/schemas/draft';
import { actorIdOf, isAdmin, requireStaff, visibleCities } from './access';
import { changeExchange, editableExchange, insertExchange } from './exchange-editing';
import { changePart, insertPart, removePart } from './exchange-parts';
import { insertSource } from './sources';
import { freeSlug, inTransaction, recordRevision, type Tx } from './mutation';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * The one-page editor saves a whole exchange at once: the cities and organizations it adds to the
 * record, its own fields, the sources it adds, and every part added, changed, moved or removed, in one transaction,
 * through the same checks as each part's own form. Either all of it is saved or none of it, and a
 * refusal names the row and field it is about.
 */

/** A refusal of one row's input, filed under the row's key so the editor shows it beside that row. */
function underRow(key: string, error: unknown): unknown {
  if (!isAppError(error)) return error;
  const { validation, conflict } = error.details;
  if (validation) {
    const issues = validation.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
    return new AppError(error.code, error.message, { ...error.details, validation: new z.ZodError(issues) });
  }
  if (conflict) return new AppError(error.code, error.message, { ...error.details, conflict: conflict.map((change) => ({ ...change, field: `${key}.${change.field}` })) });
  return error;
}

async function forRow<T>(key: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw underRow(key, error);
  }
}

/** What the rows saved so far became, to resolve the pointers of those saved after them. */
class Saved {
  private readonly ids = new Map<string, string>();
  private readonly people = new Map<string, string>();
  set(key: string, id: string, personId?: string) {
    this.ids.set(key, id);
    if (personId) this.people.set(key, personId);
  }
  resolve = (kind: DraftKind, key: string) => (kind === 'participant' ? this.people : this.ids).get(key);
  values(values: Record<string, unknown> | undefined, pointers: Readonly<Record<string, DraftKind>>) {
    return withPointersResolved(values ?? {}, pointers, this.resolve);
  }
}

/**
 * Saves the editor's draft (`{ draft: JSON }`) as the exchange `exchangeId`, or as a new exchange
 * when it is null; returns the exchange. Refused as a whole when the exchange changed since the editor
 * opened it (unless the draft says to save over that), or when any row is refused.
 */
export async function saveExchangeDraft(viewer: Viewer, exchangeId: string | null, input: unknown): Promise<{ id: string }> {
  requireStaff(viewer);
  const { draft } = parseInput(draftSubmission, input);
  const problems = draftProblems(draft, { newExchange: exchangeId === null });
  if (problems.length) throw new AppError('INVALID', 'Invalid draft', { validation: new z.ZodError(problems) });
  const rowsOf = (kinds: readonly DraftKind[]) => kinds.flatMap((kind) => draft.rows.filter((row) => row.kind === kind));
  return inTransaction(
    viewer,
    async (tx) => {
      const saved = new Saved();
      const existing = exchangeId === null ? null : await openedExchange(tx, viewer, exchangeId, draft);
      for (const row of rowsOf(draftEntryKinds)) {
        saved.set(row.key, await forRow(row.key, () => proposeEntry(tx, viewer, row, saved)));
      }
      const values = draft.exchange && saved.values(draft.exchange.values, draftReferences.exchange);
      const fields = values && (await forRow('exchange', async () => parseInput(exchangeFields, values)));
      let id: string;
      if (!existing) {
        id = (await forRow('exchange', () => insertExchange(tx, viewer, fields!))).id;
      } else {
        id = existing.id;
        if (fields) await forRow('exchange', () => changeExchange(tx, viewer, existing.id, draft.exchange?.version ?? existing.version, fields, draft.note));
      }
      for (const row of rowsOf(['source'])) {
        saved.set(row.key, (await forRow(row.key, () => insertSource(tx, viewer, id, parseInput(sourceFields, row.values), draft.note))).id);
      }
      for (const removed of draft.removed) {
        await forRow(removed.id, () => removePart(tx, viewer, removed.kind, id, removed, draft.note));
      }
      for (const kind of draftPartKinds) {
        for (const [position, row] of draft.rows.filter((candidate) => candidate.kind === kind).entries()) {
          const written = await forRow(row.key, () => savePart(tx, viewer, id, row, position, saved, draft.note));
          saved.set(row.key, written.id, written.personId);
        }
      }
      return { id };
    },
    { timeout: 60_000 },
  );
}

/** The exchange the editor opened, still as it was then (or the draft says to save over what changed since). */
async function openedExchange(tx: Tx, viewer: Viewer, exchangeId: string, draft: ExchangeDraft) {
  const exchange = await editableExchange(tx, viewer, exchangeId);
  if (!draft.force && draft.baseVersion !== exchange.workingVersion) {
    throw new AppError('CONFLICT', `Exchange ${exchangeId} is at working version ${exchange.workingVersion}, not ${draft.baseVersion}`, { reason: 'draftStale' });
  }
  return exchange;
}

/**
 * A city or an organization the draft adds to the record. Staff's are pending: other cities' staff
 * see them once a record that names them is published. One already on record under the same name is
 * refused, so that it is chosen rather than made twice.
 */
async function proposeEntry(tx: Tx, viewer: Viewer, row: DraftRow, saved: Saved): Promise<string> {
  const proposal = { pending: !isAdmin(viewer), proposedById: isAdmin(viewer) ? null : actorIdOf(viewer) };
  const values = saved.values(row.values, draftReferences[row.kind]);
  if (row.kind === 'city') {
    const fields = parseInput(newCityFields, values);
    const sameName = await tx.city.findFirst({ where: { OR: [{ nameZh: fields.nameZh }, { nameEn: { equals: fields.nameEn, mode: 'insensitive' } }] }, select: { nameZh: true } });
    if (sameName) throw fieldError(sameName.nameZh === fields.nameZh ? 'nameZh' : 'nameEn', 'alreadyOnRecord');
    const city = await tx.city.create({ data: { ...fields, ...proposal, slug: await freeSlug(tx, 'city', nameAsKey(fields.nameEn, 60) || 'city') } });
    await recordRevision(tx, viewer, { entityType: 'City', entityId: city.id, exchangeId: null, action: 'CREATE', version: city.version, before: null, after: city });
    return city.id;
  }
  const fields = parseInput(newOrganizationFields, values);
  if (fields.cityId && !(await tx.city.count({ where: { id: fields.cityId, ...visibleCities(viewer) } }))) throw fieldError('cityId', 'invalidId');
  if (await tx.organization.count({ where: { nameZh: fields.nameZh, cityId: fields.cityId } })) throw fieldError('nameZh', 'alreadyOnRecord');
  const organization = await tx.organization.create({ data: { ...fields, ...proposal } });
  await recordRevision(tx, viewer, { entityType: 'Organization', entityId: organization.id, exchangeId: null, action: 'CREATE', version: organization.version, before: null, after: organization });
  return organization.id;
}

async function savePart(tx: Tx, viewer: Viewer, exchangeId: string, row: DraftRow, position: number, saved: Saved, note: string | null): Promise<{ id: string; personId?: string }> {
  const kind = row.kind;
  if (!isDraftPartKind(kind)) throw new AppError('INVALID', `${kind} is not a part`);
  const fields = row.values ? parseInput(draftRowSchemas[kind], saved.values(row.values, draftReferences[kind])) : null;
  if (row.id) {
    await changePart(tx, viewer, kind, exchangeId, { id: row.id, version: row.version!, fields }, { note, position });
    return { id: row.id };
  }
  const written = await insertPart(tx, viewer, kind, exchangeId, fields!, { note, position });
  return { id: written.id as string, personId: kind === 'participant' ? (written.personId as string) : undefined };
}
