import { getViewer } from '@/lib/data/current-viewer';
import { suggestPeople } from '@/lib/data/people';
import { describeError, isAppError } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';

/**
 * People on record whose name begins with `q`, for a form that is about to add a new person: each
 * named in both languages, with their latest posts and those posts' cities.
 */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/manage/people/suggestions'>) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : 'en';
  const typed = new URL(request.url).searchParams.get('q') ?? '';
  try {
    const people = await suggestPeople(await getViewer(), typed);
    return Response.json(
      {
        people: people.map((person) => ({
          id: person.id,
          name: [person.nameZh, person.nameEn].filter(Boolean).join(' · '),
          posts: person.roles.map((role) => {
            const city = role.organization?.city;
            return [localize(locale, role.titleZh, role.titleEn), city && localize(locale, city.nameZh, city.nameEn)].filter(Boolean).join(', ');
          }),
        })),
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    return Response.json({ error: describeError(error, locale) }, { status: error.code === 'FORBIDDEN' ? 403 : 400, headers: { 'cache-control': 'no-store' } });
  }
}
