import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CityMap } from '@/components/charts/city-map';
import { CityNetwork } from '@/components/charts/city-network';
import { YearBars } from '@/components/charts/year-bars';

function render<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

/** The picture part and the table part of a rendered chart. */
function parts(html: string) {
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>') + 8);
  return { svg, table };
}

/**
 * The svg is named by its own <title> and described by its own <desc>: an image, or a group when it
 * holds links, which screen readers would not find inside an image.
 */
function expectAccessibleSvg(svg: string, title: string, description: string, role: 'img' | 'group' = 'img') {
  expect(svg).toMatch(new RegExp(`^<svg [^>]*role="${role}"`));
  expect(svg).toMatch(/viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
  expect(svg).toContain('class="w-full h-auto"');
  const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
  const describedBy = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
  expect(svg).toContain(`<title id="${labelledBy}">${title}</title>`);
  expect(svg).toContain(`<desc id="${describedBy}">${description}</desc>`);
}

/** The texts of the table's cells, row by row, tags removed. */
function rows(table: string): string[][] {
  const body = table.slice(table.indexOf('<tbody'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '')),
  );
}

const attack = '<script>alert(1)</script>';

describe('YearBars', () => {
  const labels = { title: 'Exchanges by year', description: 'Bars, one per year', year: 'Year', count: 'Exchanges' };

  it('draws nothing without data', () => {
    expect(render(YearBars, { data: [], labels, locale: 'en' })).toBe('');
  });

  it('draws a bar per year, missing years as 0, with the same figures in the table', () => {
    const html = render(YearBars, {
      data: [
        { year: 2021, count: 1200 },
        { year: 2023, count: 3 },
      ],
      labels,
      locale: 'zh',
    });
    expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*>.*Exchanges by year/);
    const { svg, table } = parts(html);
    expectAccessibleSvg(svg, labels.title, labels.description);
    expect(svg.match(/<rect /g)).toHaveLength(2); // no bar for 0
    for (const text of ['2021', '2022', '2023', '1,200', '>0<', '>3<']) expect(svg).toContain(text);
    expect(table).toContain('<caption');
    expect(table).toContain('<th scope="col"');
    expect(rows(table)).toEqual([
      ['2021', '1,200'],
      ['2022', '0'],
      ['2023', '3'],
    ]);
  });
});

const zibo = { slug: 'zibo', name: 'Zibo', latitude: 36.8, longitude: 118.05, exchanges: 5, href: '/en/cities/zibo' };
const liuzhou = { slug: 'liuzhou', name: 'Liuzhou', latitude: 24.33, longitude: 109.41, exchanges: 3, href: '/en/cities/liuzhou' };

describe('CityMap', () => {
  const labels = {
    title: 'Where the exchanges were',
    description: 'Cities and the exchanges between them',
    schematicNote: 'A schematic, not a map',
    approvalNumber: (n: string) => `Map approval number: ${n}`,
    city: 'City',
    exchanges: 'Exchanges',
    latitude: 'Latitude',
    longitude: 'Longitude',
  };
  const links = [{ from: 'zibo', to: 'liuzhou', count: 2 }];

  it('draws nothing without cities', () => {
    expect(render(CityMap, { cities: [], links: [], baseMap: null, labels, locale: 'en' })).toBe('');
  });

  it('draws a schematic without a base map, and says so', () => {
    const html = render(CityMap, { cities: [liuzhou, zibo], links, baseMap: null, labels, locale: 'en' });
    const { svg, table } = parts(html);
    expectAccessibleSvg(svg, labels.title, labels.description, 'group');
    expect(html).toContain('A schematic, not a map');
    expect(svg).not.toContain('<image');
    expect(svg).not.toContain('<path'); // no borders or coastlines
    expect(svg.match(/<circle [^>]*class="fill-brand-600/g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<a href="/en/cities/zibo" aria-label="Zibo"');
    expect(rows(table)).toEqual([
      ['Zibo', '36.80', '118.05', '5'],
      ['Liuzhou', '24.33', '109.41', '3'],
    ]);
  });

  it('draws the cities on a base map and shows its approval number', () => {
    const baseMap = {
      href: '/base-map/china.svg',
      approvalNumber: 'GS(2024)1234号',
      bounds: { west: 73.5, east: 135.1, south: 3.8, north: 53.6 },
    };
    const far = { ...zibo, slug: 'reykjavik', name: 'Reykjavík', latitude: 64.15, longitude: -21.94, exchanges: 1, href: '/en/cities/reykjavik' };
    const html = render(CityMap, { cities: [zibo, liuzhou, far], links, baseMap, labels, locale: 'en' });
    const { svg, table } = parts(html);
    expect(svg).toContain('<image href="/base-map/china.svg"');
    expect(html.slice(0, html.indexOf('<svg'))).toContain('Map approval number: GS(2024)1234号');
    expect(svg).toContain('Map approval number: GS(2024)1234号');
    expect(html).not.toContain('A schematic, not a map');
    // Off the map, still in the table.
    expect(svg).not.toContain('Reykjavík');
    expect(rows(table).map((row) => row[0])).toEqual(['Zibo', 'Liuzhou', 'Reykjavík']);
  });

  it('escapes names', () => {
    const html = render(CityMap, { cities: [{ ...zibo, name: attack }], links: [], baseMap: null, labels, locale: 'zh' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('CityNetwork', () => {
  const labels = {
    title: 'Who exchanged with whom',
    description: 'A ring of cities',
    pair: 'Cities',
    exchanges: 'Exchanges',
    relationship: 'Relationship',
    legendExchanges: 'Exchanges',
    legendRelationship: 'A relationship',
  };
  const cities = [
    { slug: 'zibo', name: '淄博', exchanges: 5, href: '/zh/cities/zibo' },
    { slug: 'liuzhou', name: '柳州', exchanges: 3, href: '/zh/cities/liuzhou' },
    { slug: 'jinan', name: '济南', exchanges: 1, href: '/zh/cities/jinan' },
  ];

  it('draws nothing without links', () => {
    expect(render(CityNetwork, { cities, links: [], labels, locale: 'zh' })).toBe('');
    expect(render(CityNetwork, { cities, links: [{ from: 'zibo', to: 'nowhere', count: 1 }], labels, locale: 'zh' })).toBe('');
  });

  it('draws each city as a link and each pair as a labelled edge, with the pairs in the table', () => {
    const html = render(CityNetwork, {
      cities,
      links: [
        { from: 'zibo', to: 'jinan', count: 1 },
        { from: 'zibo', to: 'liuzhou', count: 1500 },
        { from: 'liuzhou', to: 'zibo', count: 2 },
      ],
      labels,
      locale: 'zh',
    });
    const { svg, table } = parts(html);
    expectAccessibleSvg(svg, labels.title, labels.description, 'group');
    expect(svg.match(/<a href=/g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('>1,502<');
    expect(rows(table)).toEqual([
      ['淄博 ↔ 柳州', '1,502'],
      ['淄博 ↔ 济南', '1'],
    ]);
  });

  it('draws a relationship as a double line with a legend, names it in the table, and joins cities that never exchanged', () => {
    const html = render(CityNetwork, {
      cities,
      links: [{ from: 'zibo', to: 'liuzhou', count: 4 }],
      relationships: [
        { from: 'liuzhou', to: 'zibo', label: 'Sister cities (in force)' },
        { from: 'jinan', to: 'zibo', label: 'Cooperation agreement (proposed)' },
        { from: 'jinan', to: 'nowhere', label: 'Other (ended)' },
      ],
      labels,
      locale: 'en',
    });
    const { svg, table } = parts(html);
    expect(html.slice(0, html.indexOf('<svg'))).toContain('A relationship');
    // Zibo–Liuzhou: two rails around the exchanges' line; Zibo–Jinan: the two rails alone.
    expect(svg.match(/<line /g)).toHaveLength(5);
    expect(svg.match(/stroke-amber-700/g)).toHaveLength(2);
    expect(svg).not.toContain('>0<');
    expect(rows(table)).toEqual([
      ['淄博 ↔ 柳州', '4', 'Sister cities (in force)'],
      ['济南 ↔ 淄博', '0', 'Cooperation agreement (proposed)'],
    ]);
  });

  it('escapes names', () => {
    const html = render(CityNetwork, {
      cities: [cities[0]!, { ...cities[1]!, name: attack }],
      links: [{ from: 'zibo', to: 'liuzhou', count: 1 }],
      labels,
      locale: 'en',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
