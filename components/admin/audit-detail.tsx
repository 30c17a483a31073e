import type { listAuditEvents } from '@/lib/data/audit-log';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { getImportMessages } from '@/lib/i18n/import-messages';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';

type AuditLogPage = Awaited<ReturnType<typeof listAuditEvents>>;

/**
 * What an audit event's detail says, in words: a role changed from staff to administrator, the cities
 * an account now answers for, why a sign-in was refused, what an import added. Anything else is shown
 * as it was recorded.
 */
export function AuditDetail({ detail, cityNames, locale, a }: { detail: AuditLogPage['events'][number]['detail']; cityNames: AuditLogPage['cityNames']; locale: Locale; a: AdminMessages }) {
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) return <>—</>;
  const d = a.audit.details;
  const imported: Record<string, string> = getImportMessages(locale).summary;
  const role = (value: unknown) => (typeof value === 'string' && value in a.roles ? a.roles[value as keyof typeof a.roles] : String(value));
  const lines = Object.entries(detail).map(([key, value]): [string, string] => {
    switch (key) {
      case 'role':
        return [d.role, value && typeof value === 'object' && 'to' in value ? `${role(value.from)} → ${role(value.to)}` : role(value)];
      case 'cityIds': {
        const ids = Array.isArray(value) ? value.map(String) : [];
        const names = ids.map((id) => (cityNames[id] ? localize(locale, cityNames[id].nameZh, cityNames[id].nameEn) : id));
        return [d.cities, names.length ? names.join(locale === 'zh' ? '、' : ', ') : d.noCities];
      }
      case 'disabled':
        return [value ? d.disabled : d.enabled, ''];
      case 'password':
        return [d.passwordChanged, ''];
      case 'sessions':
        return [d.sessions, String(value)];
      case 'reason':
        return [d.reasons[String(value)] ?? String(value), ''];
      case 'provider':
        return [d.provider, String(value)];
      default:
        return key in imported ? [imported[key]!, String(value)] : [key, JSON.stringify(value)];
    }
  });
  return (
    <ul className="space-y-0.5">
      {lines.map(([label, value]) => (
        <li key={label}>{value ? `${label}: ${value}` : label}</li>
      ))}
    </ul>
  );
}
