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

/** A standing relationship between two cities (sister cities and the like), whether or not they exchanged. */
export interface NetworkRelationship {
  from: string;
  to: string;
  /** What it is, in words, e.g. "Sister cities (in force)". */
  label: string;
}

export interface CityNetworkLabels {
  title: string;
  description: string;
  /** Heading of the table's pair column. */
  pair: string;
  /** Heading of the table's count column. */
  exchanges: string;
  /** Heading of the table's relationship column. */
  relationship: string;
  /** What the legend says a plain line and a double line stand for. */
  legendExchanges: string;
  legendRelationship: string;
}

const width = 520;
const height = 400;
const ringRadius = 140;
const nodeRadius = [6, 16] as const;
const edgeWidth = [1.5, 7] as const;
/** A relationship's double line: two rails this wide, this far either side of the exchanges' line. */
const railWidth = 1.5;
const railGap = 1.5;
const nameFontSize = 13;
const countFontSize = 12;
/**
 * How far along an edge, from its better-ranked end, its count is written. Not halfway: the
 * diameters of an even ring all cross at the centre, and their counts would sit on each other.
 */
const countPosition = 0.4;

/** The same key for a pair either way round. */
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Every pair of the known cities that exchanged or has a relationship, each with its count of
 * exchanges and what its relationships are: most exchanges first, then the pairs tied only by a
 * relationship, in a fixed order.
 */
function pairsOf(links: readonly Link[], relationships: readonly NetworkRelationship[], known: ReadonlySet<string>) {
  const tied = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const { from, to, label } of relationships) {
    if (from === to || !known.has(from) || !known.has(to)) continue;
    const key = pairKey(from, to);
    const pair = tied.get(key);
    if (pair) pair.labels.push(label);
    else tied.set(key, { from, to, labels: [label] });
  }
  const exchanged = mergeLinks(links, known).map((link) => ({ ...link, relationships: tied.get(pairKey(link.from, link.to))?.labels ?? [] }));
  const exchangedKeys = new Set(exchanged.map((link) => pairKey(link.from, link.to)));
  const onlyTied = [...tied.entries()]
    .filter(([key]) => !exchangedKeys.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { from, to, labels }]) => ({ from, to, count: 0, relationships: labels }));
  return [...exchanged, ...onlyTied];
}

/**
 * A relationship's mark: two amber rails either side of the line between two cities, drawn as a wide
 * amber line under a narrower white one. `around` is the width of what runs between the rails.
 */
function DoubleLine({ x1, y1, x2, y2, around }: { x1: number; y1: number; x2: number; y2: number; around: number }) {
  return (
    <>
      <line x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={around + 2 * (railGap + railWidth)} className="stroke-amber-700" />
      <line x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={around + 2 * railGap} className="stroke-white" />
    </>
  );
}

/** What a plain line and a double line stand for. The samples are for the eye only: the words say it all. */
function Legend({ labels }: { labels: CityNetworkLabels }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="h-1 w-8 shrink-0 bg-brand-600/45" />
        {labels.legendExchanges}
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="h-1.5 w-8 shrink-0 border-y-[1.5px] border-amber-700" />
        {labels.legendRelationship}
      </li>
    </ul>
  );
}

/**
 * Which cities exchanged with which: the cities evenly spaced on a ring (most exchanges first,
 * clockwise from the top), a line for each pair that exchanged, as thick as their count and
 * labelled with it, and a double line for each pair with a relationship (sister cities and the like),
 * around their line if they also exchanged. Each city links to its page. Then the pairs as a table,
 * most exchanges first, naming their relationships. No links or relationships between the cities
 * given, nothing drawn.
 */
export function CityNetwork({
  cities,
  links,
  relationships = [],
  labels,
  locale,
}: {
  cities: NetworkCity[];
  links: Link[];
  relationships?: NetworkRelationship[];
  labels: CityNetworkLabels;
  locale: Locale;
}) {
  const nodes = circleLayout(cities, { cx: width / 2, cy: height / 2, radius: ringRadius });
  const bySlug = new Map(nodes.map((node, order) => [node.slug, { ...node, order }]));
  const pairs = pairsOf(links, relationships, new Set(bySlug.keys()));
  if (pairs.length === 0) return null;
  const format = chartFormats(locale);
  const anyRelationship = pairs.some((pair) => pair.relationships.length > 0);

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
    <ChartFigure caption={labels.title} notes={anyRelationship ? <Legend labels={labels} /> : undefined}>
      <ChartSvg width={width} height={height} title={labels.title} description={labels.description} withLinks>
        {/* Heaviest last, so it is drawn over the rest. */}
        {[...edges].reverse().map((edge) => {
          const ends = { x1: edge.from.x, y1: edge.from.y, x2: edge.to.x, y2: edge.to.y };
          const exchangesWidth = edge.count > 0 ? round(linearScale(edge.count, heaviest, edgeWidth)) : 0;
          return (
            <g key={`${edge.from.slug} ${edge.to.slug}`}>
              {edge.relationships.length > 0 && <DoubleLine {...ends} around={exchangesWidth} />}
              {edge.count > 0 && <line {...ends} strokeWidth={exchangesWidth} strokeLinecap="round" className="stroke-brand-600/45" />}
            </g>
          );
        })}
        {edges.filter((edge) => edge.count > 0).map((edge) => (
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
      <ChartTable
        caption={labels.title}
        columns={[{ heading: labels.pair }, { heading: labels.exchanges, numeric: true }, ...(anyRelationship ? [{ heading: labels.relationship }] : [])]}
      >
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
            {anyRelationship && <td className="p-3">{edge.relationships.length > 0 ? edge.relationships.join('; ') : '—'}</td>}
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  );
}
