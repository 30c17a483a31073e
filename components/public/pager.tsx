import type { Route } from 'next';
import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';

/** Newer and older pages of a list, each address carrying the list's filters (`pageAddress`). */
export function Pager({ page, pageCount, pageAddress, t }: { page: number; pageCount: number; pageAddress: (page: number) => string; t: Messages }) {
  if (pageCount <= 1 && page <= 1) return null;
  const label = t.timeline.pageOf(Math.min(page, pageCount), pageCount);
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pageAddress(Math.min(page - 1, pageCount)) as Route} rel="prev" className="text-brand-700 underline">
          {t.timeline.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{label}</span>
      {page < pageCount ? (
        <Link href={pageAddress(page + 1) as Route} rel="next" className="text-brand-700 underline">
          {t.timeline.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
