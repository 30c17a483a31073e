import { accountChange, newAccountForm, passwordForm } from './account';
import { sendingBack } from './change';
import { exchangeFields } from './exchange';
import { citationFields, claimFields, relationshipCitationFields, relationshipClaimFields, sourceFields } from './sources';
import { attachmentFields, cooperationItemFields, linkFields, eventFields, participantFields, practiceFields, progressUpdateFields, questionFields, statementFields, topicFields } from './parts';
import { cityFields, organizationFields, personFields, personMerge, personMergeProposal, personRoleFields } from './reference';
import { relationshipFields } from './relationship';

/** The schemas a record form can name, so a browser component can pick one by name. */
export const formSchemas = {
  exchange: exchangeFields,
  relationship: relationshipFields,
  participant: participantFields,
  event: eventFields,
  topic: topicFields,
  question: questionFields,
  statement: statementFields,
  practice: practiceFields,
  cooperationItem: cooperationItemFields,
  attachment: attachmentFields,
  link: linkFields,
  progress: progressUpdateFields,
  source: sourceFields,
  citation: citationFields,
  claim: claimFields,
  relationshipCitation: relationshipCitationFields,
  relationshipClaim: relationshipClaimFields,
  newAccount: newAccountForm,
  accountChange,
  password: passwordForm,
  city: cityFields,
  organization: organizationFields,
  person: personFields,
  personRole: personRoleFields,
  personMerge,
  personMergeProposal,
  sendingBack,
};
export type FormSchemaName = keyof typeof formSchemas;
