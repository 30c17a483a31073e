import 'server-only';
import { z } from 'zod';
import { AppError, isAppError } from '../errors';
import { exchangeFields } from '../validation/schemas/exchange';
import { type DraftKind, type DraftRow, draftKinds, draftProblems, draftReferences, draftRowSchemas, draftSubmission, newRowKeyIn } from '../validation/schemas/draft';
import { requireStaff } from './access';
import { changeExchange, editableExchange, insertExchange } from './exchange-editing';
import { changePart, insertPart, removePart } from './exchange-parts';
import { inTransaction, type Tx } from './mutation';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * The one-page editor saves a whole exchange at once: its own fields, and every part added, changed,
 * moved or removed, in one transaction, through the same checks as each part's own form. Either all
 * of it is saved or none of it, and a refusal names the row and field it is about.
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
  const note = draft.note;
  return inTransaction(viewer, async (tx) => {
    const id = await saveExchangeFields(tx, viewer, exchangeId, draft);
    for (const removed of draft.removed) {
      await forRow(removed.id, () => removePart(tx, viewer, removed.kind, id, removed, note));
    }
    const saved = new Map<string, string>();
    const people = new Map<string, string>();
    for (const kind of draftKinds) {
      const rows = draft.rows.filter((row) => row.kind === kind);
      for (const [position, row] of rows.entries()) {
        const written = await forRow(row.key, () => saveRow(tx, viewer, id, row, position, { saved, people }, note));
        saved.set(row.key, written.id);
        if (written.personId) people.set(row.key, written.personId);
      }
    }
    return { id };
  }, { timeout: 60_000 });
}

async function saveExchangeFields(tx: Tx, viewer: Viewer, exchangeId: string | null, draft: { baseVersion?: number; force: boolean; note: string | null; exchange?: { version?: number; values: unknown } }): Promise<string> {
  if (exchangeId === null) {
    const fields = parseInput(exchangeFields, draft.exchange?.values);
    return (await insertExchange(tx, viewer, fields)).id;
  }
  const exchange = await editableExchange(tx, viewer, exchangeId);
  if (!draft.force && draft.baseVersion !== exchange.workingVersion) {
    throw new AppError('CONFLICT', `Exchange ${exchangeId} is at working version ${exchange.workingVersion}, not ${draft.baseVersion}`, { reason: 'draftStale' });
  }
  if (draft.exchange) {
    const fields = parseInput(exchangeFields, draft.exchange.values);
    const version = draft.exchange.version ?? exchange.version;
    await forRow('exchange', () => changeExchange(tx, viewer, exchangeId, version, fields, draft.note));
  }
  return exchangeId;
}

/** The row's values with pointers at rows of the draft replaced by what those rows became. */
function resolvedValues(row: DraftRow, { saved, people }: { saved: Map<string, string>; people: Map<string, string> }): Record<string, unknown> {
  const values: Record<string, unknown> = { ...row.values };
  for (const [field, kind] of Object.entries(draftReferences[row.kind])) {
    const key = newRowKeyIn(values[field]);
    if (key !== null) values[field] = (kind === 'participant' ? people : saved).get(key) ?? '';
  }
  return values;
}

async function saveRow(
  tx: Tx,
  viewer: Viewer,
  exchangeId: string,
  row: DraftRow,
  position: number,
  made: { saved: Map<string, string>; people: Map<string, string> },
  note: string | null,
): Promise<{ id: string; personId?: string }> {
  const kind: DraftKind = row.kind;
  const fields = row.values ? parseInput(draftRowSchemas[kind], resolvedValues(row, made)) : null;
  if (row.id) {
    await changePart(tx, viewer, kind, exchangeId, { id: row.id, version: row.version!, fields }, { note, position });
    return { id: row.id };
  }
  const written = await insertPart(tx, viewer, kind, exchangeId, fields!, { note, position });
  return { id: written.id as string, personId: kind === 'participant' ? (written.personId as string) : undefined };
}
