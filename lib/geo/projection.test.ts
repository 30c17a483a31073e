import { describe, expect, it } from 'vitest';
import { heightForBounds, projectLonLat, projectToBounds, withinBounds } from './projection';

const frame = { width: 400, height: 300, padding: 20 };
const zibo = { longitude: 118.05, latitude: 36.8 };
const liuzhou = { longitude: 109.41, latitude: 24.33 };
const jinan = { longitude: 117.0, latitude: 36.65 };

describe('projectLonLat', () => {
  it('returns nothing for no points', () => {
    expect(projectLonLat([], frame)).toEqual([]);
  });

  it('puts a single point at the centre of the frame', () => {
    expect(projectLonLat([zibo], frame)).toEqual([{ x: 200, y: 150 }]);
  });

  it('puts identical points at the centre, without dividing by zero', () => {
    const points = projectLonLat([zibo, { ...zibo }, { ...zibo }], frame);
    expect(points).toEqual([
      { x: 200, y: 150 },
      { x: 200, y: 150 },
      { x: 200, y: 150 },
    ]);
  });

  it('centres points on one meridian across the frame and spreads them down it', () => {
    const [north, south] = projectLonLat([{ longitude: 110, latitude: 30 }, { longitude: 110, latitude: 20 }], frame);
    expect(north).toEqual({ x: 200, y: 20 });
    expect(south).toEqual({ x: 200, y: 280 });
  });

  it('centres points on one parallel down the frame and spreads them across it', () => {
    const [west, east] = projectLonLat([{ longitude: 100, latitude: 30 }, { longitude: 120, latitude: 30 }], frame);
    expect(west).toEqual({ x: 20, y: 150 });
    expect(east).toEqual({ x: 380, y: 150 });
  });

  it('keeps north up and east right', () => {
    const [z, l] = projectLonLat([zibo, liuzhou], frame);
    expect(z!.x).toBeGreaterThan(l!.x);
    expect(z!.y).toBeLessThan(l!.y);
  });

  it('shrinks longitude by the cosine of the mean latitude, keeping the shape', () => {
    // A box 2 degrees of longitude by 1 of latitude at 60°N is square on the ground (cos 60° = ½).
    const points = projectLonLat(
      [
        { longitude: 10, latitude: 59.5 },
        { longitude: 12, latitude: 60.5 },
      ],
      { width: 500, height: 500, padding: 0 },
    );
    const [a, b] = points;
    expect(Math.abs(b!.x - a!.x)).toBeCloseTo(Math.abs(b!.y - a!.y), 0);
    expect(Math.abs(b!.x - a!.x)).toBeCloseTo(500, 0);
  });

  it('fits every point inside the padding', () => {
    const points = projectLonLat([zibo, liuzhou, jinan], frame);
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(frame.padding - 1e-9);
      expect(x).toBeLessThanOrEqual(frame.width - frame.padding + 1e-9);
      expect(y).toBeGreaterThanOrEqual(frame.padding - 1e-9);
      expect(y).toBeLessThanOrEqual(frame.height - frame.padding + 1e-9);
    }
    // The tall side (Liuzhou to Zibo is further north–south than east–west) fills the height.
    const ys = points.map((p) => p.y);
    expect(Math.min(...ys)).toBeCloseTo(20);
    expect(Math.max(...ys)).toBeCloseTo(280);
  });

  it('refuses a coordinate that is not a number', () => {
    expect(() => projectLonLat([zibo, { longitude: Number.NaN, latitude: 30 }], frame)).toThrow(RangeError);
  });
});

describe('projectToBounds', () => {
  const bounds = { west: 100, east: 120, south: 20, north: 40 };

  it('maps the bounds onto the frame, north-west at the origin', () => {
    const points = projectToBounds(
      [
        { longitude: 100, latitude: 40 },
        { longitude: 120, latitude: 20 },
        { longitude: 110, latitude: 30 },
      ],
      bounds,
      { width: 200, height: 100 },
    );
    expect(points).toEqual([
      { x: 0, y: 0 },
      { x: 200, y: 100 },
      { x: 100, y: 50 },
    ]);
  });

  it('refuses empty bounds', () => {
    expect(() => projectToBounds([zibo], { ...bounds, east: 100 }, { width: 1, height: 1 })).toThrow(RangeError);
  });

  it('tells points inside from points outside', () => {
    expect(withinBounds(zibo, bounds)).toBe(true);
    expect(withinBounds({ longitude: 121, latitude: 30 }, bounds)).toBe(false);
  });

  it('gives the height of an equirectangular frame', () => {
    expect(heightForBounds({ west: 70, east: 140, south: 15, north: 50 }, 480)).toBe(240);
  });
});
