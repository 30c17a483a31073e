import { exchangeFields } from './exchange';
import { cooperationItemFields, eventFields, practiceFields, progressUpdateFields, questionFields, statementFields, topicFields } from './parts';
import { cityFields, organizationFields, personFields, personMerge, personRoleFields } from './reference';

/** The schemas a record form can name, so a browser component can pick one by name. */
export const formSchemas = {
  exchange: exchangeFields,
  event: eventFields,
  topic: topicFields,
  question: questionFields,
  statement: statementFields,
  practice: practiceFields,
  cooperationItem: cooperationItemFields,
  progress: progressUpdateFields,
  city: cityFields,
  organization: organizationFields,
  person: personFields,
  personRole: personRoleFields,
  personMerge,
};
export type FormSchemaName = keyof typeof formSchemas;
