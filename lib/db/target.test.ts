import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseSetupError } from './setup-error';
import { resolveDatabaseTarget } from './target';

describe('resolveDatabaseTarget', () => {
  it('uses the embedded database in .data/pglite when DATABASE_URL is unset or blank', () => {
    for (const env of [{}, { DATABASE_URL: '  ' }]) {
      expect(resolveDatabaseTarget(env)).toMatchObject({ kind: 'embedded', dataDir: path.resolve('.data/pglite') });
    }
    expect(resolveDatabaseTarget({ JIAOLIU_DATA_DIR: 'elsewhere/db' })).toMatchObject({ dataDir: path.resolve('elsewhere/db') });
  });

  it('uses the PostgreSQL server in DATABASE_URL, describing it without the password', () => {
    const target = resolveDatabaseTarget({ DATABASE_URL: 'postgresql://app:s3cret@db.example:6543/jiaoliu' });
    expect(target).toMatchObject({ kind: 'postgres', url: 'postgresql://app:s3cret@db.example:6543/jiaoliu' });
    expect(target.description).toBe('PostgreSQL database "jiaoliu" at db.example:6543');
    expect(target.description).not.toContain('s3cret');
  });

  it.each([
    ['not a url', /not a valid URL/],
    ['mysql://root@localhost/jiaoliu', /must start with postgresql:\/\/ \(it starts with mysql:\/\/\)/],
    ['postgresql://localhost', /must name a host and a database/],
  ])('refuses DATABASE_URL=%s with a message that says what to do', (url, message) => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: url })).toThrow(DatabaseSetupError);
    expect(() => resolveDatabaseTarget({ DATABASE_URL: url })).toThrow(message);
  });
});
