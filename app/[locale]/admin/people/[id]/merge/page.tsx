import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonName } from '@/components/person-name';
import { PostList } from '@/components/manage/person-posts';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { getPerson, type PersonDetails } from '@/lib/data/people';
import { AppError, describeError } from '@/lib/errors';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { type Locale, isLocale, languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { mergePeopleAction } from '../../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people/[id]/merge'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.merge.confirmTitle, robots: { index: false } } : {};
}

/** One of the two entries as the admin compares them: names, posts, and what refers to it. */
function Entry({ heading, person, locale }: { heading: string; person: PersonDetails; locale: Locale }) {
  const t = getMessages(locale);
  const r = getReferenceMessages(locale);
  const usage = Object.entries(person.usage) as [keyof typeof r.usage, number][];
  return (
    <section aria-label={heading} className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-medium text-stone-600">{heading}</h2>
      <p className="mt-1 text-lg font-semibold text-brand-900">
        <PersonName person={person.fields} locale={locale} />
      </p>
      <PostList posts={person.roles} locale={locale} />
      {usage.length > 0 && (
        <p className="mt-2 text-sm text-stone-700">{usage.map(([kind, count]) => `${t.format.label(r.usage[kind])}${count}`).join(' · ')}</p>
      )}
    </section>
  );
}

export default async function MergePeoplePage({ params, searchParams }: PageProps<'/[locale]/admin/people/[id]/merge'>) {
  const { locale: rawLocale, id } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people/${id}`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const from = searchParam((await searchParams).from);
  if (!from) notFound();
  const [kept, other] = await orNotFound(Promise.all([getPerson(viewer, id), getPerson(viewer, from)]));
  const r = getReferenceMessages(locale);
  const m = r.people.merge;
  const back = `/${locale}/admin/people/${id}`;
  if (kept.fields.id === other.fields.id) {
    return (
      <div className="max-w-3xl">
        <BackLink href={back}>{m.cancel}</BackLink>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{m.confirmTitle}</h1>
        <p role="alert" className="mt-6 font-medium text-red-800">
          {describeError(new AppError('INVALID', 'Same entry', { reason: 'sameEntry' }), locale)}
        </p>
      </div>
    );
  }
  const otherExchanges = new Set(other.exchanges.map((exchange) => exchange.id));
  const shared = kept.exchanges.filter((exchange) => otherExchanges.has(exchange.id));
  const names = { nameZh: kept.fields.nameZh ?? other.fields.nameZh, nameEn: kept.fields.nameEn ?? other.fields.nameEn };

  return (
    <div className="max-w-3xl">
      <BackLink href={back}>{m.cancel}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{m.confirmTitle}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        <Entry heading={m.kept} person={kept} locale={locale} />
        <Entry heading={m.merged} person={other} locale={locale} />
      </div>
      <section aria-labelledby="after-heading" className="mt-6">
        <h2 id="after-heading" className="text-xl font-semibold text-brand-900">
          {m.after}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="text-stone-700">{r.people.fields.nameZh}</dt>
          <dd lang={languageTag.zh}>{names.nameZh ?? '—'}</dd>
          <dt className="text-stone-700">{r.people.fields.nameEn}</dt>
          <dd lang={languageTag.en}>{names.nameEn ?? '—'}</dd>
        </dl>
        <p className="mt-3 text-stone-700">{m.explain}</p>
        {shared.length > 0 && (
          <>
            <p className="mt-3 font-medium text-amber-900">{m.shared}</p>
            <ul className="mt-1 list-disc pl-5">
              {shared.map((exchange) => (
                <li key={exchange.id}>{localize(locale, exchange.titleZh, exchange.titleEn)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="mt-6">
        <RecordForm
          schema="personMerge"
          action={mergePeopleAction.bind(null, locale, id)}
          locale={locale}
          fields={[{ name: 'note', type: 'textarea', label: r.common.note }]}
          hidden={{ keepId: id, mergeId: other.fields.id, keepVersion: kept.fields.version, mergeVersion: other.fields.version }}
          submitLabel={m.confirm}
        />
      </div>
    </div>
  );
}
