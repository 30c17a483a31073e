import 'server-only';
import type { WorkingExchange } from '../data/workspace';
import { listCityChoices, listPersonChoices, listSiteChoices } from '../data/workspace';
import type { Viewer } from '../data/viewer';
import type { Choices } from './specs';

/** What a part's form may point at: the cities, people and the two cities' organizations on record, and this exchange's own parts. */
export async function partChoices(viewer: Viewer, working: WorkingExchange): Promise<Choices> {
  const { record, fields } = working;
  const [cities, people, sites] = await Promise.all([
    listCityChoices(viewer),
    listPersonChoices(viewer),
    listSiteChoices(viewer, [fields.visitingCityId, fields.hostCityId]),
  ]);
  // A virtual meeting visits no sites, so its events are not asked for any.
  return { cities, people, sites: fields.kind === 'VIRTUAL_MEETING' ? [] : sites, events: record.events, topics: record.topics, statements: record.statements };
}
