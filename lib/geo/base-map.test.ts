import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBaseMap } from './base-map';

let publicDirectory: string;

beforeEach(() => {
  publicDirectory = mkdtempSync(path.join(tmpdir(), 'jiaoliu-base-map-'));
});

afterEach(() => {
  rmSync(publicDirectory, { recursive: true, force: true });
});

const valid = {
  href: '/base-map/china.svg',
  approvalNumber: 'GS(2024)1234号',
  bounds: { west: 73.5, east: 135.1, south: 3.8, north: 53.6 },
};

function write(description: unknown, { image = true }: { image?: boolean } = {}) {
  mkdirSync(path.join(publicDirectory, 'base-map'), { recursive: true });
  const text = typeof description === 'string' ? description : JSON.stringify(description);
  writeFileSync(path.join(publicDirectory, 'base-map', 'base-map.json'), text);
  if (image) writeFileSync(path.join(publicDirectory, 'base-map', 'china.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

const fileName = /base-map[/\\]base-map\.json/;

describe('loadBaseMap', () => {
  it('is null when no base map is described', () => {
    expect(loadBaseMap(publicDirectory)).toBeNull();
  });

  it('reads a valid description', () => {
    write(valid);
    expect(loadBaseMap(publicDirectory)).toEqual(valid);
  });

  it('trims the approval number and drops unknown fields', () => {
    write({ ...valid, approvalNumber: '  GS(2024)1234号 ', note: 'from the provincial bureau' });
    expect(loadBaseMap(publicDirectory)).toEqual(valid);
  });

  it('names the file when it is not JSON', () => {
    write('{ "href": ');
    expect(() => loadBaseMap(publicDirectory)).toThrow(fileName);
    expect(() => loadBaseMap(publicDirectory)).toThrow(/not valid JSON/);
  });

  it('names the file and the field that is missing', () => {
    write({ href: valid.href, bounds: valid.bounds });
    expect(() => loadBaseMap(publicDirectory)).toThrow(fileName);
    expect(() => loadBaseMap(publicDirectory)).toThrow(/approvalNumber/);
  });

  it('refuses an empty approval number', () => {
    write({ ...valid, approvalNumber: '   ' });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/approvalNumber: must not be empty/);
  });

  it('refuses bounds the wrong way round or off the globe', () => {
    write({ ...valid, bounds: { west: 135, east: 73, south: 3.8, north: 53.6 } });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/west must be less than east/);
    write({ ...valid, bounds: { ...valid.bounds, north: 95 } });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/bounds\.north/);
    write({ ...valid, bounds: { ...valid.bounds, west: '73.5' } });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/bounds\.west/);
  });

  it('refuses an image from another host or outside public/', () => {
    for (const href of ['https://tiles.example.com/china.png', '//cdn.example.com/china.svg', '/../secret.svg', 'base-map/china.svg']) {
      write({ ...valid, href });
      expect(() => loadBaseMap(publicDirectory), href).toThrow(/href/);
    }
  });

  it('refuses an address that is not an image', () => {
    write({ ...valid, href: '/base-map/china.html' });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/href: must name an .svg/);
  });

  it('refuses a description whose image is missing', () => {
    write(valid, { image: false });
    expect(() => loadBaseMap(publicDirectory)).toThrow(/href \/base-map\/china\.svg names no file/);
  });

  it('refuses a description that is not an object', () => {
    write('[]');
    expect(() => loadBaseMap(publicDirectory)).toThrow(/\(top level\)/);
  });
});
