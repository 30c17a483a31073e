import type { Route } from 'next';
import Link from 'next/link';
import type { ExchangeKind } from '@/lib/generated/prisma/enums';
import type { Messages } from '@/lib/i18n/messages';

/**
 * How a city's (or a pair's) exchanges divide into visits, virtual meetings, signings and forums, each
 * a link to the timeline narrowed to that kind. `timeline` is the timeline's address for the same
 * cities, with its query begun ("/en?city=zibo").
 */
export function KindBreakdown({ kinds, timeline, label, t }: { kinds: readonly { kind: ExchangeKind; count: number }[]; timeline: string; label: string; t: Messages }) {
  return (
    <nav aria-label={label} className="mt-2">
      <ul className="flex flex-wrap gap-2 text-sm">
        {kinds.map(({ kind, count }) => (
          <li key={kind}>
            <Link href={`${timeline}&kind=${kind.toLowerCase()}` as Route} className="rounded-full border border-brand-100 bg-brand-50 px-3 py-1 text-brand-800 underline-offset-2 hover:underline">
              {t.enums.exchangeKind[kind]} · {count}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
