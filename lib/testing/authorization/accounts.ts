import {
  createAccount,
  endAccountSessions,
  getAccount,
  listAccountCityChoices,
  listAccounts,
  setAccountDisabled,
  setAccountPassword,
  updateAccount,
} from '../../data/accounts';
import { adminOnly, type AuthorizationCase } from './world';

export const accountCases: AuthorizationCase[] = [
  { name: 'listAccounts', state: 'draft', allowed: adminOnly, call: (v) => listAccounts(v) },
  { name: 'getAccount', state: 'draft', allowed: adminOnly, call: (v, w) => getAccount(v, w.staffAccountId) },
  { name: 'listAccountCityChoices', state: 'draft', allowed: adminOnly, call: (v) => listAccountCityChoices(v) },
  {
    name: 'createAccount',
    state: 'draft',
    allowed: adminOnly,
    call: (v, w) => createAccount(v, { email: 'new@example.org', password: 'a long enough password', role: 'STAFF', cityIds: [w.ziboId] }),
  },
  {
    name: 'updateAccount',
    state: 'draft',
    allowed: adminOnly,
    call: (v, w) => updateAccount(v, w.staffAccountId, { role: 'STAFF', cityIds: [w.guangzhouId], version: '1' }),
  },
  { name: 'setAccountDisabled', state: 'draft', allowed: adminOnly, call: (v, w) => setAccountDisabled(v, w.staffAccountId, true) },
  { name: 'endAccountSessions', state: 'draft', allowed: adminOnly, call: (v, w) => endAccountSessions(v, w.staffAccountId) },
  {
    name: 'setAccountPassword',
    state: 'draft',
    allowed: adminOnly,
    call: (v, w) => setAccountPassword(v, w.staffAccountId, { password: 'another long password' }),
  },
];

