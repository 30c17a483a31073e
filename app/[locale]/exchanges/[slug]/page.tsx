import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Badge } from '@/components/badge';
import { Citations } from '@/components/citations';
import { ExchangeDate } from '@/components/exchange-date';
import { TranslationNote } from '@/components/translation-note';
import { type ExchangeRecord, getExchangeRecord } from '@/lib/data/exchanges';
import { getViewer } from '@/lib/data/viewer';
import { isAppError } from '@/lib/errors';
import { formatDate, formatIsoDate } from '@/lib/i18n/format';
import { type Locale, isLocale } from '@/lib/i18n/locales';
import { localize, personName } from '@/lib/i18n/localize';
import { type Messages, getMessages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

async function loadRecord(locale: string, slug: string) {
  if (!isLocale(locale)) notFound();
  try {
    return await getExchangeRecord(await getViewer(), slug);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<'/[locale]/exchanges/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const record = await loadRecord(locale, slug);
  const l = locale as Locale;
  return {
    title: localize(l, record.titleZh, record.titleEn),
    description: localize(l, record.summaryZh, record.summaryEn) ?? undefined,
  };
}

export default async function ExchangePage({ params }: PageProps<'/[locale]/exchanges/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const record = await loadRecord(rawLocale, slug);
  const locale = rawLocale as Locale;
  const t = getMessages(locale);
  const text = (zh: string | null, en: string | null) => localize(locale, zh, en);
  const translated = (original: ExchangeRecord['originalLanguage'], translation: ExchangeRecord['translation']) => (
    <TranslationNote locale={locale} original={original} translation={translation} t={t} />
  );

  return (
    <article>
      <Link href={`/${locale}` as Route} className="text-sm text-brand-700 underline">
        ← {t.exchange.backToTimeline}
      </Link>

      <header className="mt-4">
        <p className="text-sm font-medium text-brand-700">
          {text(record.visitingCity.nameZh, record.visitingCity.nameEn)} → {text(record.hostCity.nameZh, record.hostCity.nameEn)}
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">
          {text(record.titleZh, record.titleEn)}
          <Citations citations={record.citations} t={t} />
        </h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <Term label={t.exchange.date}>
            <ExchangeDate
              startDate={record.startDate}
              endDate={record.endDate}
              precision={record.datePrecision}
              disputed={record.dateClaims.state === 'disputed'}
              locale={locale}
              t={t}
            />
            {record.dateClaims.state === 'disputed' && (
              <a href="#date-dispute" className="ml-2 text-brand-700 underline">
                {t.exchange.dateDisputedTitle}
              </a>
            )}
          </Term>
          <Term label={t.exchange.from}>
            {text(record.visitingCity.nameZh, record.visitingCity.nameEn)} ({text(record.visitingCity.provinceZh, record.visitingCity.provinceEn)})
            {record.visitingOrganization && ` · ${text(record.visitingOrganization.nameZh, record.visitingOrganization.nameEn)}`}
          </Term>
          <Term label={t.exchange.to}>
            {text(record.hostCity.nameZh, record.hostCity.nameEn)} ({text(record.hostCity.provinceZh, record.hostCity.provinceEn)})
            {record.hostOrganization && ` · ${text(record.hostOrganization.nameZh, record.hostOrganization.nameEn)}`}
          </Term>
          {record.delegationNameEn || record.delegationNameZh ? (
            <Term label={t.exchange.delegation}>{text(record.delegationNameZh, record.delegationNameEn)}</Term>
          ) : null}
          {record.locationEn || record.locationZh ? (
            <Term label={t.exchange.location}>{text(record.locationZh, record.locationEn)}</Term>
          ) : null}
          <Term label={t.exchange.status}>{t.enums.exchangeStatus[record.status]}</Term>
          {record.purposeEn || record.purposeZh ? (
            <Term label={t.exchange.purpose}>{text(record.purposeZh, record.purposeEn)}</Term>
          ) : null}
        </dl>
        {record.summaryEn || record.summaryZh ? (
          <p className="mt-4 max-w-3xl leading-relaxed text-stone-800">
            {text(record.summaryZh, record.summaryEn)} {translated(record.originalLanguage, record.translation)}
          </p>
        ) : null}
      </header>

      {record.dateClaims.claims.length > 1 && (
        <Section id="date-dispute" title={record.dateClaims.state === 'disputed' ? t.exchange.dateDisputedTitle : t.exchange.dateSettled}>
          {record.dateClaims.state === 'disputed' && <p className="mb-3 text-stone-700">{t.exchange.dateDisputedIntro}</p>}
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">{t.exchange.claimedDate}</th>
                  <th scope="col" className="py-2 pr-4">{t.exchange.source}</th>
                  <th scope="col" className="py-2 pr-4">{t.exchange.words}</th>
                  <th scope="col" className="py-2 pr-4">{t.exchange.basis}</th>
                  <th scope="col" className="py-2">{t.exchange.note}</th>
                </tr>
              </thead>
              <tbody>
                {record.dateClaims.claims.map((claim) => {
                  const source = record.sources.find((s) => s.number === claim.sourceNumber)!;
                  return (
                    <tr key={claim.id} className="border-b border-stone-200 align-top">
                      <td className="py-2 pr-4 font-medium">
                        <time dateTime={claim.value}>{formatIsoDate(claim.value, locale)}</time>
                        {claim.accepted && <Badge tone="brand">✓</Badge>}
                      </td>
                      <td className="py-2 pr-4">
                        <a href={`#source-${source.number}`} className="text-brand-700 underline">
                          [{source.number}] {text(source.publicationZh, source.publicationEn)}
                        </a>
                      </td>
                      <td className="py-2 pr-4">{claim.quotation && <q>{claim.quotation}</q>}</td>
                      <td className="py-2 pr-4">{t.enums.basis[claim.basis]}</td>
                      <td className="py-2 text-stone-700">{text(claim.noteZh, claim.noteEn)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Section>
      )}

      <Section id="people" title={t.exchange.people}>
        <div className="grid gap-6 sm:grid-cols-2">
          {(['VISITING', 'HOST'] as const).map((side) => (
            <div key={side}>
              <h3 className="font-semibold text-stone-800">
                {side === 'VISITING' ? t.exchange.visitingSide : t.exchange.hostSide} ·{' '}
                {side === 'VISITING'
                  ? text(record.visitingCity.nameZh, record.visitingCity.nameEn)
                  : text(record.hostCity.nameZh, record.hostCity.nameEn)}
              </h3>
              <ul className="mt-2 space-y-2">
                {record.participants
                  .filter((p) => p.side === side)
                  .map((p) => (
                    <li key={p.id}>
                      <span className="font-medium">{personName(locale, p)}</span>
                      <Citations citations={p.citations} t={t} />
                      <span className="text-stone-600"> · {t.enums.participantRole[p.role]}</span>
                      {p.title && (
                        <span className="block text-sm text-stone-600" title={t.exchange.titleAsOf(formatIsoDate(record.asOf, locale))}>
                          {text(p.title.titleZh, p.title.titleEn)}
                        </span>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section id="events" title={t.exchange.events}>
        <ol className="space-y-4">
          {record.events.map((event) => (
            <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-xs font-medium uppercase tracking-wide text-brand-700">
                {t.enums.eventKind[event.kind]}
                {event.date && ` · ${formatDate(event.date, locale)}`}
              </p>
              <h3 className="mt-1 text-lg font-semibold">
                {text(event.titleZh, event.titleEn)}
                <Citations citations={event.citations} t={t} />
              </h3>
              {event.descriptionEn || event.descriptionZh ? (
                <p className="mt-1 text-stone-700">
                  {text(event.descriptionZh, event.descriptionEn)} {translated(event.originalLanguage, event.translation)}
                </p>
              ) : null}
              {event.sitesVisited.length > 0 && (
                <p className="mt-2 text-sm">
                  <span className="font-medium">{t.exchange.sitesVisited}: </span>
                  {event.sitesVisited.map((site) => text(site.nameZh, site.nameEn)).join(locale === 'zh' ? '、' : '; ')}
                </p>
              )}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="topics" title={t.exchange.topics}>
        <ol className="list-decimal space-y-4 pl-6">
          {record.topics.map((topic) => (
            <li key={topic.id}>
              <h3 className="font-semibold">
                {text(topic.titleZh, topic.titleEn)}
                <Citations citations={topic.citations} t={t} />
              </h3>
              {topic.descriptionEn || topic.descriptionZh ? (
                <p className="mt-1 text-stone-700">{text(topic.descriptionZh, topic.descriptionEn)}</p>
              ) : null}
              {topic.questions.length > 0 && <Questions questions={topic.questions} locale={locale} t={t} />}
            </li>
          ))}
        </ol>
        {record.questionsWithoutTopic.length > 0 && (
          <Questions questions={record.questionsWithoutTopic} locale={locale} t={t} />
        )}
      </Section>

      <Section id="statements" title={t.exchange.statements}>
        <ol className="space-y-4">
          {record.statements.map((statement, index) => (
            <li key={statement.id} id={`statement-${index + 1}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-600">
                <span className="font-semibold text-stone-900">
                  {index + 1}. {statement.speaker ? personName(locale, statement.speaker) : '—'}
                </span>
                {statement.speakerTitle && ` · ${text(statement.speakerTitle.titleZh, statement.speakerTitle.titleEn)}`}
              </p>
              <p className="mt-1 flex flex-wrap gap-2">
                <Badge tone={statement.kind === 'COMMENTARY' ? 'neutral' : 'brand'}>
                  {statement.kind === 'COMMENTARY' ? t.exchange.commentary : t.enums.statementKind[statement.kind]}
                </Badge>
                <Badge>{t.enums.statementForm[statement.form]}</Badge>
              </p>
              <blockquote className="mt-2 border-l-4 border-brand-100 pl-3 leading-relaxed">
                {text(statement.textZh, statement.textEn)}
                <Citations citations={statement.citations} t={t} />
              </blockquote>
              <p className="mt-1">{translated(statement.originalLanguage, statement.translation)}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="cooperation" title={t.exchange.cooperation}>
        <p className="mb-4 text-stone-700">{t.exchange.cooperationIntro}</p>
        <ol className="space-y-4">
          {record.cooperationItems.map((item) => (
            <li key={item.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="text-lg font-semibold">
                  {text(item.titleZh, item.titleEn)}
                  <Citations citations={item.citations} t={t} />
                </h3>
                <Badge tone={item.status === 'COMPLETED' ? 'brand' : item.status === 'STALLED' ? 'warning' : 'neutral'}>
                  {t.enums.cooperationStatus[item.status]}
                </Badge>
              </div>
              {item.descriptionEn || item.descriptionZh ? (
                <p className="mt-1 text-stone-700">{text(item.descriptionZh, item.descriptionEn)}</p>
              ) : null}
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <Term label={t.exchange.proposedBy}>
                  {item.proposedBy
                    ? `${personName(locale, item.proposedBy)}${item.proposedBySide ? ` (${t.enums.side[item.proposedBySide]})` : ''}`
                    : t.exchange.proposedByUnknown}
                </Term>
                {(item.originStatementNumber || item.originTopic) && (
                  <Term label={t.exchange.origin}>
                    {item.originStatementNumber ? (
                      <a href={`#statement-${item.originStatementNumber}`} className="text-brand-700 underline">
                        {t.exchange.originStatement(item.originStatementNumber)}
                      </a>
                    ) : (
                      item.originTopic && `${t.exchange.originTopic} “${text(item.originTopic.titleZh, item.originTopic.titleEn)}”`
                    )}
                  </Term>
                )}
                <Term label={t.exchange.parties}>
                  {item.parties
                    .map((party) => {
                      const name = party.city
                        ? text(party.city.nameZh, party.city.nameEn)
                        : party.organization && text(party.organization.nameZh, party.organization.nameEn);
                      return `${name} (${t.enums.partyRole[party.role]})`;
                    })
                    .join(locale === 'zh' ? '、' : ', ')}
                </Term>
                <Term label={t.exchange.progress}>
                  {item.progress !== null ? `${item.progress}%` : item.outcomeKnown ? '—' : t.exchange.outcomeUnknown}
                </Term>
                {item.dueDate && <Term label={t.exchange.due}>{formatDate(item.dueDate, locale)}</Term>}
              </dl>
              {item.updates.length > 0 && (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer font-medium text-brand-700">{t.exchange.history}</summary>
                  <ol className="mt-2 space-y-1">
                    {item.updates.map((update) => (
                      <li key={update.id}>
                        <time dateTime={update.occurredOn.toISOString().slice(0, 10)} className="font-medium">
                          {formatDate(update.occurredOn, locale)}
                        </time>{' '}
                        · {t.enums.cooperationStatus[update.status]}
                        {update.progress !== null && ` · ${update.progress}%`}
                        {(update.noteEn || update.noteZh) && ` — ${text(update.noteZh, update.noteEn)}`}
                        {update.evidence.map((evidence) =>
                          evidence.url ? (
                            <a key={evidence.id} href={evidence.url} rel="noopener noreferrer" className="ml-2 text-brand-700 underline">
                              {text(evidence.titleZh, evidence.titleEn) || evidence.url}
                            </a>
                          ) : null,
                        )}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="practices" title={t.exchange.practices}>
        <p className="mb-4 text-stone-700">{t.exchange.practicesIntro}</p>
        <div className="grid gap-6 sm:grid-cols-2">
          {[record.visitingCity, record.hostCity].map((city) => (
            <div key={city.slug}>
              <h3 className="font-semibold text-stone-800">{text(city.nameZh, city.nameEn)}</h3>
              <ul className="mt-2 list-disc space-y-2 pl-5">
                {record.practices
                  .filter((p) => p.city.slug === city.slug)
                  .map((p) => (
                    <li key={p.id}>
                      <span className="font-medium">{text(p.titleZh, p.titleEn)}</span>
                      <Citations citations={p.citations} t={t} />
                      {p.descriptionEn || p.descriptionZh ? (
                        <span className="block text-sm text-stone-700">{text(p.descriptionZh, p.descriptionEn)}</span>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section id="sources" title={t.exchange.sources}>
        <ol className="space-y-3">
          {record.sources.map((source) => (
            <li key={source.id} id={`source-${source.number}`} className="scroll-mt-4 text-sm">
              <span className="font-semibold">[{source.number}] {text(source.publicationZh, source.publicationEn)}</span>
              {(source.titleEn || source.titleZh) && <span>, “{text(source.titleZh, source.titleEn)}”</span>}
              {source.authors.length > 0 && (
                <span>
                  {' · '}
                  {source.authors
                    .map((a) => `${personName(locale, a)} (${t.enums.authorRole[a.role]})`)
                    .join(locale === 'zh' ? '、' : ', ')}
                </span>
              )}
              <span>
                {' · '}
                {t.exchange.published}: {source.publishedOn ? formatDate(source.publishedOn, locale) : t.exchange.dateUnknown}
              </span>
              <span>
                {' · '}
                {t.exchange.languageOfSource}: {t.enums.language[source.language]}
              </span>
              {source.url && (
                <span>
                  {' · '}
                  <a href={source.url} rel="noopener noreferrer" className="break-all text-brand-700 underline">
                    {source.url}
                  </a>
                  {source.urlIsReprint && ` (${t.exchange.reprint})`}
                </span>
              )}
              {(source.noteEn || source.noteZh) && <p className="text-stone-600">{text(source.noteZh, source.noteEn)}</p>}
            </li>
          ))}
        </ol>
      </Section>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-4 border-b border-stone-200 pb-2 text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Questions({
  questions,
  locale,
  t,
}: {
  questions: ExchangeRecord['topics'][number]['questions'];
  locale: Locale;
  t: Messages;
}) {
  return (
    <div className="mt-2">
      <h4 className="text-sm font-semibold text-stone-700">{t.exchange.questions}</h4>
      <ul className="mt-1 space-y-1">
        {questions.map((q) => (
          <li key={q.id} className="text-stone-800">
            <q>{localize(locale, q.textZh, q.textEn)}</q>
            <Citations citations={q.citations} t={t} />
            <span className="block text-xs text-stone-600">
              {q.askedBySide
                ? `${t.exchange.askedBy}: ${t.enums.side[q.askedBySide]} (${t.enums.basis[q.askedBySideBasis]})`
                : t.exchange.askedByUnknown}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
