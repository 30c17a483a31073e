import { accountChange, newAccountForm, passwordForm } from './account';
import { exchangeFields } from './exchange';
import { cooperationItemFields, eventFields, practiceFields, progressUpdateFields, questionFields, statementFields, topicFields } from './parts';

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
  newAccount: newAccountForm,
  accountChange,
  password: passwordForm,
};
export type FormSchemaName = keyof typeof formSchemas;
