import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { PersonName } from '@/components/person-name';
import { PostList } from '@/components/manage/person-posts';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink, ReferenceHistory, UsageAndDelete } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { getPerson } from '@/lib/data/people';
import { listPersonChoices } from '@/lib/data/workspace';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { personSpec } from '@/lib/forms/specs';
import { formatDate } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { deleteReferenceAction, updateReferenceAction } from '../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.title, robots: { index: false } } : {};
}

export default async function PersonPage({ params, searchParams }: PageProps<'/[locale]/admin/people/[id]'>) {
  const { locale: rawLocale, id } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people/${id}`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const [person, everyone] = await orNotFound(Promise.all([getPerson(viewer, id), listPersonChoices(viewer)]));
  const justMerged = searchParam((await searchParams).merged) === '1';
  const { fields, roles, identifiers, exchanges, usage, history } = person;
  const t = getMessages(locale);
  const r = getReferenceMessages(locale);
  const path = `/${locale}/admin/people/${id}`;
  const others = everyone.filter((other) => other.id !== id);

  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/people`}>{r.people.title}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">
        <PersonName person={fields} locale={locale} />
      </h1>
      <div role="status">
        {justMerged && <p className="mb-6 rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">{r.people.merge.done}</p>}
      </div>

      <RecordForm
        schema="person"
        action={updateReferenceAction.bind(null, locale, 'people', id)}
        locale={locale}
        fields={[...personSpec(locale, fields), { name: 'note', type: 'textarea', label: r.common.note }]}
        hidden={{ version: fields.version }}
        submitLabel={r.common.save}
      />

      <section id="posts" aria-labelledby="posts-heading" className="mt-10 scroll-mt-4 border-t border-stone-200 pt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="posts-heading" className="text-xl font-semibold text-brand-900">
            {r.people.posts.title}
          </h2>
          <Link href={`${path}/roles/new` as Route} className="text-sm font-medium text-brand-800 underline">
            {r.people.posts.add}
          </Link>
        </div>
        <PostList posts={roles} locale={locale} editPath={(postId) => `${path}/roles/${postId}`} />
      </section>

      <section aria-labelledby="exchanges-heading" className="mt-10 border-t border-stone-200 pt-6">
        <h2 id="exchanges-heading" className="text-xl font-semibold text-brand-900">
          {r.people.exchanges}
        </h2>
        {exchanges.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{r.people.noExchanges}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {exchanges.map((exchange) => {
              const title = localize(locale, exchange.titleZh, exchange.titleEn);
              return (
                <li key={exchange.id}>
                  <span className="text-sm text-stone-600">{formatDate(exchange.startDate, locale, exchange.datePrecision)} · </span>
                  {exchange.deletedAt ? (
                    <span>
                      {title} ({r.people.deletedExchange})
                    </span>
                  ) : (
                    <Link href={`/${locale}/manage/exchanges/${exchange.id}` as Route} className="text-brand-800 underline">
                      {title}
                    </Link>
                  )}
                  <span className="text-sm text-stone-600">
                    {' '}
                    · {t.enums.side[exchange.side]} · {t.enums.participantRole[exchange.role]}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {identifiers.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">{r.people.identifiers}</h3>
            <ul className="mt-1 text-sm">
              {identifiers.map((identifier) => (
                <li key={identifier.id}>
                  {identifier.scheme}: {identifier.value}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="merge-heading" className="mt-10 border-t border-stone-200 pt-6">
        <h2 id="merge-heading" className="text-xl font-semibold text-brand-900">
          {r.people.merge.title}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{r.people.merge.intro}</p>
        {others.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">{r.people.merge.nothingToPick}</p>
        ) : (
          // A plain GET form: the choice only opens the review page, which merges nothing until confirmed.
          <form action={`${path}/merge`} className="mt-3 flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor="merge-from" className="block font-medium text-stone-800">
                {r.people.merge.pick}
              </label>
              <select id="merge-from" name="from" required defaultValue="" className="block w-80 max-w-full rounded-md border border-stone-400 bg-white px-3 py-2">
                <option value="" disabled>
                  {r.people.merge.choose}
                </option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {r.people.label(other.nameZh, other.nameEn)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
              {r.people.merge.next}
            </button>
          </form>
        )}
      </section>

      <UsageAndDelete locale={locale} usage={usage} remove={deleteReferenceAction.bind(null, locale, 'people', id)} version={fields.version} />
      <ReferenceHistory
        locale={locale}
        revisions={history}
        fieldLabels={{ ...r.people.posts.fields, ...r.people.fields, mergedFrom: r.people.merge.mergedFrom, mergedInto: r.people.merge.mergedInto }}
      />
    </div>
  );
}
