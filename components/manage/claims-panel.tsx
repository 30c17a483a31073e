import { Badge } from '@/components/badge';
import { WorkflowButton } from '@/components/manage/workflow-button';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { claimValueText } from '@/lib/i18n/claim-values';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { acceptClaimAction, deleteClaimAction, leaveClaimDisputedAction } from '@/app/[locale]/manage/actions';

/** Each fact the sources speak to: what each source says, which value is accepted, and the means to change that. */
export function ClaimsPanel({ locale, record, exchangeVersion }: { locale: Locale; record: ExchangeRecord; exchangeVersion: number }) {
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const fields = record.claims;
  if (!fields.length) return <p className="mt-2 text-sm text-stone-600">{w.claims.none}</p>;
  const sourceName = (n: number) => {
    const source = record.sources.find((s) => s.number === n);
    return `[${n}] ${source ? localize(locale, source.publicationZh, source.publicationEn) : ''}`;
  };
  return (
    <div className="mt-2 space-y-4">
      {fields.map(({ field, state, claims }) => (
        <div key={field} className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold text-brand-900">
            {t.exchange.factNames[field]}
            <Badge tone={state === 'disputed' ? 'warning' : 'brand'}>{w.claims.states[state]}</Badge>
          </h3>
          <ul className="mt-2 space-y-3">
            {claims.map((claim) => {
              const summary = `${claimValueText(field, claim.value, locale)} · ${sourceName(claim.sourceNumber)}`;
              return (
                <li key={claim.id} className="text-sm">
                  <p>
                    <span className="font-medium">{summary}</span>
                    {claim.accepted && (
                      <span className="ml-2">
                        <Badge tone="brand">{w.claims.accepted}</Badge>
                      </span>
                    )}
                  </p>
                  <p className="text-stone-700">
                    {claim.quotation && <>“{claim.quotation}” · </>}
                    {t.enums.basis[claim.basis]}
                    {localize(locale, claim.noteZh, claim.noteEn) && <> · {localize(locale, claim.noteZh, claim.noteEn)}</>}
                  </p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {!claim.accepted && (
                      <WorkflowButton
                        action={acceptClaimAction.bind(null, locale, claim.id)}
                        label={w.claims.accept}
                        accessibleLabel={`${w.claims.accept}: ${summary}`}
                        hidden={{ version: exchangeVersion }}
                        tone="secondary"
                      />
                    )}
                    <WorkflowButton
                      action={deleteClaimAction.bind(null, locale, claim.id)}
                      label={w.claims.remove}
                      accessibleLabel={`${w.claims.remove}: ${summary}`}
                      confirm={w.claims.removeConfirm}
                      hidden={{ version: claim.version }}
                      tone="danger"
                    />
                  </div>
                </li>
              );
            })}
          </ul>
          {state === 'settled' && (
            <div className="mt-3">
              <WorkflowButton
                action={leaveClaimDisputedAction.bind(null, locale, record.id, field)}
                label={w.claims.leaveDisputed}
                accessibleLabel={`${w.claims.leaveDisputed}: ${t.exchange.factNames[field]}`}
                hidden={{ version: exchangeVersion }}
                tone="secondary"
              />
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
