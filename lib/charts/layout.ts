/**
 * The arithmetic behind the chart components (components/charts): which bars, how big a dot, where a
 * node sits. Kept free of React so it can be tested on its own.
 */

export interface YearCount {
  year: number;
  count: number;
}

/** More years than this between the first and the last is taken for bad data, not a history. */
const longestSpan = 1000;

/**
 * Every year from the earliest to the latest, in order, with 0 for a year that has no entry; two
 * entries for one year are added together. No entries, no years.
 */
export function fillYears(data: readonly YearCount[]): YearCount[] {
  if (data.length === 0) return [];
  const counts = new Map<number, number>();
  for (const { year, count } of data) {
    if (!Number.isSafeInteger(year)) throw new RangeError(`Not a year: ${year}`);
    counts.set(year, (counts.get(year) ?? 0) + count);
  }
  let first = Infinity;
  let last = -Infinity;
  for (const year of counts.keys()) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  if (last - first > longestSpan) throw new RangeError(`Years ${first}–${last} span more than ${longestSpan} years`);
  const filled: YearCount[] = [];
  for (let year = first; year <= last; year += 1) filled.push({ year, count: counts.get(year) ?? 0 });
  return filled;
}

/** The largest value, or 0 when there is none (or none above 0). */
export function maxOf(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * A length between `min` and `max` that grows with the square root of `value / largest`: a circle
 * of that radius grows in area roughly as the value does. Zero, negative or no largest → `min`.
 */
export function sqrtScale(value: number, largest: number, [min, max]: readonly [number, number]): number {
  if (!(largest > 0) || !(value > 0)) return min;
  return min + (max - min) * Math.sqrt(Math.min(value, largest) / largest);
}

/** A length between `min` and `max` in proportion to `value / largest`. */
export function linearScale(value: number, largest: number, [min, max]: readonly [number, number]): number {
  if (!(largest > 0) || !(value > 0)) return min;
  return min + ((max - min) * Math.min(value, largest)) / largest;
}

/** Two decimals are plenty for SVG coordinates, and keep the markup short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100 + 0; // + 0 turns -0 into 0
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Ranked {
  slug: string;
  exchanges: number;
}

/** Most exchanges first; ties by slug, so the order never depends on how the caller sorted. */
export function rank<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.exchanges - a.exchanges || compareCodePoints(a.slug, b.slug));
}

export interface Placed {
  x: number;
  y: number;
  /** Direction from the centre, in radians: 0 points right, −π/2 up. */
  angle: number;
}

/**
 * The items in rank order, evenly spaced on a circle, clockwise from the top. A lone item sits at
 * the centre.
 */
export function circleLayout<T extends Ranked>(
  items: readonly T[],
  { cx, cy, radius }: { cx: number; cy: number; radius: number },
): (T & Placed)[] {
  const ranked = rank(items);
  if (ranked.length === 1) return ranked.map((item) => ({ ...item, x: cx, y: cy, angle: -Math.PI / 2 }));
  return ranked.map((item, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / ranked.length;
    return { ...item, x: round(cx + radius * Math.cos(angle)), y: round(cy + radius * Math.sin(angle)), angle };
  });
}

/**
 * Where a label goes beside a point at `angle` from the centre: outward, anchored so the text runs
 * away from the circle.
 */
export function outwardAnchor(angle: number): { textAnchor: 'start' | 'middle' | 'end'; dy: string } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const textAnchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
  // Baseline offsets in em: below the point going down, above it going up, centred sideways.
  const dy = sin > 0.3 ? '0.9em' : sin < -0.3 ? '-0.25em' : '0.35em';
  return { textAnchor, dy };
}

export interface Link {
  from: string;
  to: string;
  count: number;
}

/**
 * One link per pair of distinct, known items, heaviest first: links between the same two items in
 * either direction are added together and keep the direction of the first. Links to unknown slugs,
 * from an item to itself, or with no count are dropped.
 */
export function mergeLinks(links: readonly Link[], known: ReadonlySet<string>): Link[] {
  const pairs = new Map<string, Link>();
  for (const { from, to, count } of links) {
    if (from === to || !known.has(from) || !known.has(to) || !(count > 0)) continue;
    const key = compareCodePoints(from, to) < 0 ? `${from}\u0000${to}` : `${to}\u0000${from}`;
    const pair = pairs.get(key);
    if (pair) pair.count += count;
    else pairs.set(key, { from, to, count });
  }
  return [...pairs.entries()]
    .sort(([keyA, a], [keyB, b]) => b.count - a.count || compareCodePoints(keyA, keyB))
    .map(([, link]) => link);
}

/**
 * Roughly how wide a line of text is, in units of its font size: Chinese characters are square,
 * Latin letters and digits about 0.6 of that. Good enough to keep labels apart.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return ems * fontSize;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlap(a: Box, b: Box): number {
  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return across > 0 && down > 0 ? across * down : 0;
}

export interface LabelRequest {
  /** The centre and radius of the dot the label names. */
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface LabelPlacement {
  /** Where to draw the text: `y` is its baseline. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
}

/**
 * A place for each dot's label, beside it (right or left, whichever faces the middle of the frame,
 * first), above or below it: the first place that stays in the frame and clear of every dot and of
 * the labels placed before it, or failing that the place that overlaps least. Earlier items are
 * placed first, so pass the most important first.
 */
export function placeLabels(
  items: readonly LabelRequest[],
  { width, height, fontSize, gap = 5 }: { width: number; height: number; fontSize: number; gap?: number },
): LabelPlacement[] {
  const lineHeight = fontSize * 1.2;
  const dots: Box[] = items.map(({ x, y, r }) => ({ left: x - r, top: y - r, right: x + r, bottom: y + r }));
  const taken: Box[] = [];

  return items.map(({ x, y, r, text }, index) => {
    const w = textWidth(text, fontSize);
    const side = (anchor: 'start' | 'end') => {
      const left = anchor === 'start' ? x + r + gap : x - r - gap - w;
      return {
        box: { left, top: y - lineHeight / 2, right: left + w, bottom: y + lineHeight / 2 },
        place: { x: anchor === 'start' ? x + r + gap : x - r - gap, y: y + 0.35 * fontSize, textAnchor: anchor },
      };
    };
    const stacked = (direction: -1 | 1) => {
      const top = direction < 0 ? y - r - gap - lineHeight : y + r + gap;
      return {
        box: { left: x - w / 2, top, right: x + w / 2, bottom: top + lineHeight },
        place: { x, y: top + 0.85 * fontSize, textAnchor: 'middle' as const },
      };
    };
    const sides = x <= width * 0.6 ? [side('start'), side('end')] : [side('end'), side('start')];
    const candidates = [...sides, stacked(-1), stacked(1)];

    const frame = { left: 0, top: 0, right: width, bottom: height };
    const cost = ({ box }: { box: Box }) => {
      const outside = (box.right - box.left) * (box.bottom - box.top) - overlap(box, frame);
      const onDots = dots.reduce((sum, dot, other) => (other === index ? sum : sum + overlap(box, dot)), 0);
      const onLabels = taken.reduce((sum, label) => sum + overlap(box, label), 0);
      return outside + onDots + onLabels;
    };
    let best = candidates[0]!;
    let bestCost = cost(best);
    for (const candidate of candidates.slice(1)) {
      if (bestCost === 0) break;
      const candidateCost = cost(candidate);
      if (candidateCost < bestCost) {
        best = candidate;
        bestCost = candidateCost;
      }
    }
    taken.push(best.box);
    return { x: round(best.place.x), y: round(best.place.y), textAnchor: best.place.textAnchor };
  });
}
