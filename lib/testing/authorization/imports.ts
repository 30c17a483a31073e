import { checkImport, importExchanges } from '../../data/imports';
import { bytesOf, exchangesCsv, historicalExchange } from '../import-files';
import { adminOnly, type AuthorizationCase } from './world';

/** Importing is the admins' alone, the dry run included: a file may name any city. */
const file = () => ({ name: 'historical.csv', bytes: bytesOf(exchangesCsv([historicalExchange(1)])) });

export const importCases: AuthorizationCase[] = [
  { name: 'checkImport', state: 'draft', allowed: adminOnly, call: (v) => checkImport(v, file(), 'en') },
  { name: 'importExchanges', state: 'draft', allowed: adminOnly, call: (v) => importExchanges(v, file(), { locale: 'en' }) },
];
