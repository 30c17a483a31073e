import type { Route } from 'next';
import Link from 'next/link';
import type { PersonDetails } from '@/lib/data/people';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';

type Post = PersonDetails['roles'][number];

/** When a post was held, as far as it is known: its start and end, or else the day a source names it. */
function heldWhen(post: Post, locale: Locale): string {
  const { posts } = getReferenceMessages(locale).people;
  const day = (date: Date) => formatDate(date, locale);
  const span = [post.startDate && posts.since(day(post.startDate)), post.endDate && posts.until(day(post.endDate))].filter(Boolean);
  if (span.length > 0) return span.join(' ');
  return post.attestedOn ? posts.attested(day(post.attestedOn)) : '';
}

/** A person's posts: title, organization and dates, each with a link to edit it when `editPath` is given. */
export function PostList({ posts, locale, editPath }: { posts: readonly Post[]; locale: Locale; editPath?: (postId: string) => string }) {
  const r = getReferenceMessages(locale);
  if (posts.length === 0) return <p className="mt-2 text-sm text-stone-600">{r.people.posts.none}</p>;
  return (
    <ul className="mt-2 space-y-1">
      {posts.map((post) => {
        const title = localize(locale, post.titleZh, post.titleEn);
        const details = [post.organization && localize(locale, post.organization.nameZh, post.organization.nameEn), heldWhen(post, locale)].filter(Boolean);
        return (
          <li key={post.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
            <span>
              <span className="font-medium">{title}</span>
              {details.length > 0 && <span className="text-sm text-stone-600"> · {details.join(' · ')}</span>}
            </span>
            {editPath && (
              <Link href={editPath(post.id) as Route} aria-label={`${r.people.posts.edit}: ${title}`} className="text-sm text-brand-800 underline">
                {r.people.posts.edit}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
