import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../form';
import { newAccountForm, passwordForm } from './account';

const cityId = '0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const account = { email: 'Staff.Liuzhou@Example.org', name: '', password: 'liuzhou office 2025', role: 'STAFF', cityIds: [cityId] };

describe('the forms that set a password', () => {
  it('accept a password typed the same twice', () => {
    const parsed = newAccountForm.parse({ ...account, passwordConfirmation: account.password });
    expect(parsed).toMatchObject({ email: 'staff.liuzhou@example.org', name: null, role: 'STAFF', cityIds: [cityId] });
    expect(passwordForm.safeParse({ password: account.password, passwordConfirmation: account.password }).success).toBe(true);
  });

  it('name the second entry when the two differ, in either language', () => {
    const error = passwordForm.safeParse({ password: account.password, passwordConfirmation: 'liuzhou office 2024' }).error!;
    expect(localizeIssues(error, 'en')).toEqual({ passwordConfirmation: 'The two passwords do not match' });
    expect(localizeIssues(error, 'zh')).toEqual({ passwordConfirmation: '两次输入的密码不一致' });
  });

  it('say what is wrong with the password itself before comparing the two', () => {
    const error = newAccountForm.safeParse({ ...account, password: 'short', passwordConfirmation: 'shorter' }).error!;
    expect(localizeIssues(error, 'en')).toEqual({ password: 'At least 12 characters' });
  });

  it('require the second entry', () => {
    const error = newAccountForm.safeParse(account).error!;
    expect(localizeIssues(error, 'en')).toEqual({ passwordConfirmation: 'Required' });
  });
});
