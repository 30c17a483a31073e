import { describe, expect, it } from 'vitest';
import { circleLayout, fillYears, linearScale, mergeLinks, outwardAnchor, placeLabels, rank, round, sqrtScale, textWidth } from './layout';

describe('fillYears', () => {
  it('is empty for no data', () => {
    expect(fillYears([])).toEqual([]);
  });

  it('fills the years between the first and the last with 0, in order', () => {
    expect(
      fillYears([
        { year: 2024, count: 2 },
        { year: 2021, count: 1 },
      ]),
    ).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 0 },
      { year: 2023, count: 0 },
      { year: 2024, count: 2 },
    ]);
  });

  it('adds up two entries for one year', () => {
    expect(
      fillYears([
        { year: 2023, count: 2 },
        { year: 2023, count: 3 },
      ]),
    ).toEqual([{ year: 2023, count: 5 }]);
  });

  it('refuses a year that is not a whole number, or a span no history has', () => {
    expect(() => fillYears([{ year: 2023.5, count: 1 }])).toThrow(RangeError);
    expect(() =>
      fillYears([
        { year: 1, count: 1 },
        { year: 2023, count: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('scales', () => {
  it('grows a radius with the square root of the value', () => {
    expect(sqrtScale(0, 9, [2, 10])).toBe(2);
    expect(sqrtScale(9, 9, [2, 10])).toBe(10);
    expect(sqrtScale(1, 4, [0, 10])).toBe(5);
  });

  it('grows a width in proportion to the value', () => {
    expect(linearScale(1, 4, [0, 8])).toBe(2);
    expect(linearScale(4, 4, [1, 5])).toBe(5);
  });

  it('gives the smallest size when nothing is larger than 0', () => {
    expect(sqrtScale(0, 0, [3, 9])).toBe(3);
    expect(linearScale(5, 0, [1, 9])).toBe(1);
  });

  it('rounds to two decimals without a negative zero', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(Object.is(round(-0.0001), 0)).toBe(true);
  });
});

describe('rank and circleLayout', () => {
  const cities = [
    { slug: 'liuzhou', exchanges: 3 },
    { slug: 'zibo', exchanges: 5 },
    { slug: 'jinan', exchanges: 3 },
    { slug: 'guilin', exchanges: 1 },
  ];

  it('orders by exchanges, then by slug', () => {
    expect(rank(cities).map((c) => c.slug)).toEqual(['zibo', 'jinan', 'liuzhou', 'guilin']);
  });

  it('spaces the cities evenly, clockwise from the top, whatever order they came in', () => {
    const layout = circleLayout(cities, { cx: 100, cy: 100, radius: 50 });
    expect(layout.map(({ slug, x, y }) => ({ slug, x, y }))).toEqual([
      { slug: 'zibo', x: 100, y: 50 },
      { slug: 'jinan', x: 150, y: 100 },
      { slug: 'liuzhou', x: 100, y: 150 },
      { slug: 'guilin', x: 50, y: 100 },
    ]);
    expect(circleLayout([...cities].reverse(), { cx: 100, cy: 100, radius: 50 })).toEqual(layout);
  });

  it('puts a lone city at the centre', () => {
    expect(circleLayout([{ slug: 'zibo', exchanges: 1 }], { cx: 10, cy: 20, radius: 5 })).toMatchObject([{ x: 10, y: 20 }]);
  });

  it('anchors labels away from the ring', () => {
    expect(outwardAnchor(0).textAnchor).toBe('start');
    expect(outwardAnchor(Math.PI).textAnchor).toBe('end');
    expect(outwardAnchor(-Math.PI / 2)).toEqual({ textAnchor: 'middle', dy: '-0.25em' });
    expect(outwardAnchor(Math.PI / 2)).toEqual({ textAnchor: 'middle', dy: '0.9em' });
  });
});

describe('mergeLinks', () => {
  const known = new Set(['zibo', 'liuzhou', 'jinan']);

  it('adds links between the same two cities in either direction, keeping the first direction', () => {
    expect(
      mergeLinks(
        [
          { from: 'zibo', to: 'liuzhou', count: 1 },
          { from: 'liuzhou', to: 'zibo', count: 2 },
        ],
        known,
      ),
    ).toEqual([{ from: 'zibo', to: 'liuzhou', count: 3 }]);
  });

  it('drops links to unknown cities, to the same city, or without a count', () => {
    expect(
      mergeLinks(
        [
          { from: 'zibo', to: 'nowhere', count: 4 },
          { from: 'zibo', to: 'zibo', count: 4 },
          { from: 'zibo', to: 'jinan', count: 0 },
        ],
        known,
      ),
    ).toEqual([]);
  });

  it('puts the heaviest first, ties in a fixed order', () => {
    const links = [
      { from: 'zibo', to: 'jinan', count: 1 },
      { from: 'liuzhou', to: 'jinan', count: 1 },
      { from: 'zibo', to: 'liuzhou', count: 2 },
    ];
    const merged = mergeLinks(links, known);
    expect(merged.map((l) => `${l.from}-${l.to}`)).toEqual(['zibo-liuzhou', 'liuzhou-jinan', 'zibo-jinan']);
    expect(mergeLinks([...links].reverse(), known)).toEqual(merged);
  });
});

describe('placeLabels', () => {
  const frame = { width: 400, height: 300, fontSize: 10, gap: 5 };

  it('measures Chinese characters as wider than Latin letters', () => {
    expect(textWidth('淄博', 10)).toBe(20);
    expect(textWidth('Zibo', 10)).toBe(24);
  });

  it('puts a label beside its dot, facing the middle of the frame', () => {
    const [west, east] = placeLabels(
      [
        { x: 50, y: 100, r: 4, text: 'West' },
        { x: 350, y: 200, r: 4, text: 'East' },
      ],
      frame,
    );
    expect(west).toEqual({ x: 59, y: 103.5, textAnchor: 'start' });
    expect(east).toEqual({ x: 341, y: 203.5, textAnchor: 'end' });
  });

  it('moves a label off a neighbouring dot and off labels already placed', () => {
    const [first, second] = placeLabels(
      [
        { x: 100, y: 100, r: 6, text: 'Zibo' },
        { x: 112, y: 100, r: 4, text: 'Jinan' },
      ],
      frame,
    );
    // Zibo's right-hand place is over Jinan's dot: it goes left. Jinan keeps its right-hand place.
    expect(first!.textAnchor).toBe('end');
    expect(second!.textAnchor).toBe('start');
  });

  it('keeps labels inside the frame when it can', () => {
    const [label] = placeLabels([{ x: 395, y: 150, r: 3, text: 'Edge' }], frame);
    expect(label!.textAnchor).toBe('end');
  });
});
