import { describe, expect, it } from 'vitest';
import { resolveRoleAsOf } from './roles';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const role = (title: string, startDate: string | null, endDate: string | null, attestedOn: string | null = null) => ({
  title,
  startDate: startDate ? d(startDate) : null,
  endDate: endDate ? d(endDate) : null,
  attestedOn: attestedOn ? d(attestedOn) : null,
});

describe('resolveRoleAsOf', () => {
  const career = [
    role('Vice Mayor', '2018-01-01', '2021-12-31'),
    role('Mayor', '2022-01-01', null),
    role('Delegate', null, null, '2019-03-01'),
  ];

  it('picks the post held on the day', () => {
    expect(resolveRoleAsOf(career, d('2023-05-05'))?.title).toBe('Mayor');
    expect(resolveRoleAsOf(career, d('2020-06-01'))?.title).toBe('Vice Mayor');
  });

  it('counts both ends of an interval as inside it', () => {
    expect(resolveRoleAsOf(career, d('2021-12-31'))?.title).toBe('Vice Mayor');
    expect(resolveRoleAsOf(career, d('2022-01-01'))?.title).toBe('Mayor');
  });

  it('falls back to a role with unknown bounds, and to nothing before any role', () => {
    expect(resolveRoleAsOf(career, d('2010-01-01'))?.title).toBe('Delegate');
    expect(resolveRoleAsOf([role('Mayor', '2022-01-01', null)], d('2010-01-01'))).toBeUndefined();
  });

  it('prefers the open role attested nearest the day', () => {
    const attested = [role('Old post', null, null, '2015-01-01'), role('New post', null, null, '2023-05-05')];
    expect(resolveRoleAsOf(attested, d('2023-06-01'))?.title).toBe('New post');
  });
});
