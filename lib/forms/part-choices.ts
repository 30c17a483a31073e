import 'server-only';
import type { WorkingExchange } from '../data/workspace';
import { listCityChoices, listPersonChoices } from '../data/workspace';
import type { Viewer } from '../data/viewer';
import type { Choices } from './specs';

/** What a part's form may point at: the cities and people on record, and this exchange's own parts. */
export async function partChoices(viewer: Viewer, working: WorkingExchange): Promise<Choices> {
  const [cities, people] = await Promise.all([listCityChoices(viewer), listPersonChoices(viewer)]);
  const { record } = working;
  return { cities, people, events: record.events, topics: record.topics, statements: record.statements };
}
