import type { BaseMap } from '@/lib/geo/base-map';
import { heightForBounds, type Point, projectLonLat, projectToBounds, withinBounds } from '@/lib/geo/projection';
import { linearScale, maxOf, mergeLinks, placeLabels, rank, round, sqrtScale, type Link } from '@/lib/charts/layout';
import { chartFormats } from '@/lib/charts/format';
import type { Locale } from '@/lib/i18n/locales';
import {
  ChartFigure,
  ChartNote,
  ChartSvg,
  ChartTable,
  FocusRing,
  haloText,
  numberCellClass,
  rowHeaderClass,
  tableLinkClass,
} from './chart-parts';

export interface MapCity {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  exchanges: number;
  /** The city's page. */
  href: string;
}

export interface CityMapLabels {
  title: string;
  description: string;
  /** Shown when there is no base map: this is a schematic, not a map. */
  schematicNote: string;
  /** The base map's approval number in a sentence, e.g. n => `审图号：${n}`. */
  approvalNumber: (approvalNumber: string) => string;
  city: string;
  exchanges: string;
  latitude: string;
  longitude: string;
}

const width = 480;
const schematicHeight = 360;
const dotRadius = [4, 16] as const;
const lineWidth = [1.5, 6] as const;
const nameFontSize = 13;

/**
 * Cities and the exchanges between them. Without a base map it is a schematic — dots at their
 * relative positions, lines between cities that exchanged, no borders or coastlines — and says so.
 * With an approved base map the dots are drawn on its image, and its approval number is shown in
 * the caption and on the picture. Each dot links to its city's page. The caller passes only cities
 * with coordinates. No cities, nothing drawn.
 */
export function CityMap({
  cities,
  links,
  baseMap,
  labels,
  locale,
}: {
  cities: MapCity[];
  links: Link[];
  baseMap: BaseMap | null;
  labels: CityMapLabels;
  locale: Locale;
}) {
  if (cities.length === 0) return null;
  const format = chartFormats(locale);
  const ranked = rank(cities);

  const height = baseMap ? round(heightForBounds(baseMap.bounds, width)) : schematicHeight;
  const positions: Point[] = baseMap
    ? projectToBounds(ranked, baseMap.bounds, { width, height })
    : projectLonLat(ranked, { width, height, padding: dotRadius[1] + 12 });
  // On a base map, a city beyond its edges is left off the picture (it stays in the table).
  const inFrame = ranked
    .map((city, index) => ({ ...city, x: round(positions[index]?.x ?? 0), y: round(positions[index]?.y ?? 0) }))
    .filter((city) => !baseMap || withinBounds(city, baseMap.bounds));
  const mostExchanges = maxOf(inFrame.map((city) => city.exchanges));
  const sized = inFrame.map((city) => ({ ...city, r: round(sqrtScale(city.exchanges, mostExchanges, dotRadius)) }));
  const names = placeLabels(
    sized.map((city) => ({ x: city.x, y: city.y, r: city.r, text: city.name })),
    { width, height, fontSize: nameFontSize },
  );
  const drawn = sized.map((city, index) => ({ ...city, label: names[index]! }));
  const bySlug = new Map(drawn.map((city) => [city.slug, city]));
  const lines = mergeLinks(links, new Set(bySlug.keys()));

  const heaviestLine = maxOf(lines.map((line) => line.count));
  const approval = baseMap ? labels.approvalNumber(baseMap.approvalNumber) : null;

  return (
    <ChartFigure caption={labels.title} notes={<ChartNote>{approval ?? labels.schematicNote}</ChartNote>}>
      <ChartSvg width={width} height={height} title={labels.title} description={labels.description} withLinks>
        {baseMap ? (
          <image href={baseMap.href} x={0} y={0} width={width} height={height} preserveAspectRatio="none" />
        ) : (
          // A plain frame: the schematic draws no land, borders or coast.
          <rect x={0.5} y={0.5} width={width - 1} height={height - 1} rx={8} className="fill-stone-50 stroke-stone-300" strokeDasharray="4 4" />
        )}
        {lines.map((line) => {
          const from = bySlug.get(line.from);
          const to = bySlug.get(line.to);
          if (!from || !to) return null;
          return (
            <line
              key={`${line.from} ${line.to}`}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              strokeWidth={round(linearScale(line.count, heaviestLine, lineWidth))}
              strokeLinecap="round"
              className="stroke-brand-600/45"
            />
          );
        })}
        {/* Biggest first, so smaller dots are drawn on top of them. */}
        {drawn.map((city) => (
          <a key={city.slug} href={city.href} aria-label={city.name} className="group">
            <title>{`${city.name} · ${labels.exchanges} ${format.count(city.exchanges)}`}</title>
            <FocusRing cx={city.x} cy={city.y} r={city.r} />
            <circle cx={city.x} cy={city.y} r={city.r} strokeWidth={1.5} className="fill-brand-600 stroke-white group-hover:fill-brand-700" />
            <text x={city.label.x} y={city.label.y} textAnchor={city.label.textAnchor} fontSize={nameFontSize} {...haloText}>
              {city.name}
            </text>
          </a>
        ))}
        {approval && (
          <text x={6} y={height - 6} fontSize={11} {...haloText}>
            {approval}
          </text>
        )}
      </ChartSvg>
      <ChartTable
        caption={labels.title}
        columns={[
          { heading: labels.city },
          { heading: labels.latitude, numeric: true },
          { heading: labels.longitude, numeric: true },
          { heading: labels.exchanges, numeric: true },
        ]}
      >
        {ranked.map((city) => (
          <tr key={city.slug}>
            <th scope="row" className={rowHeaderClass}>
              <a href={city.href} className={tableLinkClass}>
                {city.name}
              </a>
            </th>
            <td className={numberCellClass}>{format.degrees(city.latitude)}</td>
            <td className={numberCellClass}>{format.degrees(city.longitude)}</td>
            <td className={numberCellClass}>{format.count(city.exchanges)}</td>
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  );
}
