import { NotFoundMessage, notFoundMetadata } from '@/components/not-found-message';
import { SiteFrame } from '@/components/site-frame';
import { requestedLocale } from '@/lib/i18n/request-locale';

export const generateMetadata = notFoundMetadata;

/**
 * Addresses that match no page at all, in the language of the address (see proxy.ts). Next.js renders
 * this one on the server, unlike a `notFound()` thrown by a page, so it reads without JavaScript too.
 */
export default async function NotFound() {
  return (
    <SiteFrame locale={await requestedLocale()}>
      <NotFoundMessage />
    </SiteFrame>
  );
}
