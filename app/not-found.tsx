import { NotFoundMessage } from '@/components/not-found-message';

/** Addresses that match no page at all; shown without the site's header, which needs a language. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-5xl px-4">
      <NotFoundMessage />
    </main>
  );
}
