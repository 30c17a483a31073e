import { circleLayout, linearScale, maxOf, mergeLinks, outwardAnchor, round, sqrtScale, type Link } from '@/lib/charts/layout';
import { chartFormats } from '@/lib/charts/format';
import type { Locale } from '@/lib/i18n/locales';
import {
  ChartFigure,
  ChartSvg,
  ChartTable,
  FocusRing,
  haloText,
  numberCellClass,
  rowHeaderClass,
  tableLinkClass,
} from './chart-parts';

export interface NetworkCity {
  slug: string;
  name: string;
  exchanges: number;
  /** The city's page. */
  href: string;
}

export interface CityNetworkLabels {
  title: string;
  description: string;
  /** Heading of the table's pair column. */
  pair: string;
  /** Heading of the table's count column. */
  exchanges: string;
}

const width = 520;
const height = 400;
const ringRadius = 140;
const nodeRadius = [6, 16] as const;
const edgeWidth = [1.5, 7] as const;
const nameFontSize = 13;
const countFontSize = 12;
/**
 * How far along an edge, from its better-ranked end, its count is written. Not halfway: the
 * diameters of an even ring all cross at the centre, and their counts would sit on each other.
 */
const countPosition = 0.4;

/**
 * Which cities exchanged with which: the cities evenly spaced on a ring (most exchanges first,
 * clockwise from the top), a line for each pair that exchanged, as thick as their count and
 * labelled with it. Each city links to its page. Then the pairs as a table, most exchanges first.
 * No links between the cities given, nothing drawn.
 */
export function CityNetwork({
  cities,
  links,
  labels,
  locale,
}: {
  cities: NetworkCity[];
  links: Link[];
  labels: CityNetworkLabels;
  locale: Locale;
}) {
  const nodes = circleLayout(cities, { cx: width / 2, cy: height / 2, radius: ringRadius });
  const bySlug = new Map(nodes.map((node, order) => [node.slug, { ...node, order }]));
  const pairs = mergeLinks(links, new Set(bySlug.keys()));
  if (pairs.length === 0) return null;
  const format = chartFormats(locale);

  const mostExchanges = maxOf(nodes.map((node) => node.exchanges));
  const heaviest = maxOf(pairs.map((pair) => pair.count));
  const edges = pairs.flatMap((pair) => {
    const a = bySlug.get(pair.from);
    const b = bySlug.get(pair.to);
    if (!a || !b) return [];
    const [first, second] = a.order < b.order ? [a, b] : [b, a];
    return [{ ...pair, from: a, to: b, label: { x: round(first.x + (second.x - first.x) * countPosition), y: round(first.y + (second.y - first.y) * countPosition) } }];
  });

  return (
    <ChartFigure caption={labels.title}>
      <ChartSvg width={width} height={height} title={labels.title} description={labels.description} withLinks>
        {/* Heaviest last, so it is drawn over the rest. */}
        {[...edges].reverse().map((edge) => (
          <line
            key={`${edge.from.slug} ${edge.to.slug}`}
            x1={edge.from.x}
            y1={edge.from.y}
            x2={edge.to.x}
            y2={edge.to.y}
            strokeWidth={round(linearScale(edge.count, heaviest, edgeWidth))}
            strokeLinecap="round"
            className="stroke-brand-600/45"
          />
        ))}
        {edges.map((edge) => (
          <text
            key={`${edge.from.slug} ${edge.to.slug}`}
            x={edge.label.x}
            y={edge.label.y}
            dy="0.35em"
            textAnchor="middle"
            fontSize={countFontSize}
            {...haloText}
            className={`${haloText.className} tabular-nums`}
          >
            {format.count(edge.count)}
          </text>
        ))}
        {nodes.map((node) => {
          const r = round(sqrtScale(node.exchanges, mostExchanges, nodeRadius));
          const { textAnchor, dy } = outwardAnchor(node.angle);
          const away = r + 6;
          return (
            <a key={node.slug} href={node.href} aria-label={node.name} className="group">
              <title>{`${node.name} · ${labels.exchanges} ${format.count(node.exchanges)}`}</title>
              <FocusRing cx={node.x} cy={node.y} r={r} />
              <circle cx={node.x} cy={node.y} r={r} strokeWidth={1.5} className="fill-brand-600 stroke-white group-hover:fill-brand-700" />
              <text
                x={round(node.x + away * Math.cos(node.angle))}
                y={round(node.y + away * Math.sin(node.angle))}
                dy={dy}
                textAnchor={textAnchor}
                fontSize={nameFontSize}
                {...haloText}
              >
                {node.name}
              </text>
            </a>
          );
        })}
      </ChartSvg>
      <ChartTable caption={labels.title} columns={[{ heading: labels.pair }, { heading: labels.exchanges, numeric: true }]}>
        {edges.map((edge) => (
          <tr key={`${edge.from.slug} ${edge.to.slug}`}>
            <th scope="row" className={rowHeaderClass}>
              <a href={edge.from.href} className={tableLinkClass}>
                {edge.from.name}
              </a>
              {' ↔ '}
              <a href={edge.to.href} className={tableLinkClass}>
                {edge.to.name}
              </a>
            </th>
            <td className={numberCellClass}>{format.count(edge.count)}</td>
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  );
}
