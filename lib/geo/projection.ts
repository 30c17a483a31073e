/**
 * Longitude/latitude to SVG coordinates (x to the right, y down). Two projections: one that fits a
 * set of points into a frame, for the schematic drawn when there is no approved base map, and one
 * that maps a base map's bounds onto the whole frame, so points land on the image where they belong.
 */

export interface LonLat {
  longitude: number;
  latitude: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Frame {
  width: number;
  height: number;
  /** Space kept clear on every side. */
  padding: number;
}

/** A rectangle of longitudes and latitudes, in degrees: west < east, south < north. */
export interface GeoBounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

const radiansPerDegree = Math.PI / 180;

function checkPoint({ longitude, latitude }: LonLat): void {
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    throw new RangeError(`Not a coordinate: ${longitude}, ${latitude}`);
  }
}

/**
 * An equirectangular projection fitted to the points: longitudes are shrunk by the cosine of the
 * points' mean latitude (so a degree east is about as long as a degree north there), and the
 * points' bounding box is scaled to fill the frame inside its padding without distortion and
 * centred in it. Points that all lie on one line of latitude or longitude are centred across it;
 * a single point, or points that coincide, land at the frame's centre. Returns one point per input,
 * in the same order. Points are assumed not to straddle the 180th meridian.
 */
export function projectLonLat(points: readonly LonLat[], { width, height, padding }: Frame): Point[] {
  if (points.length === 0) return [];
  points.forEach(checkPoint);

  const meanLatitude = points.reduce((sum, point) => sum + point.latitude, 0) / points.length;
  const shrink = Math.cos(meanLatitude * radiansPerDegree);
  const flat = points.map(({ longitude, latitude }) => ({ u: longitude * shrink, v: latitude }));

  const minU = Math.min(...flat.map((p) => p.u));
  const maxU = Math.max(...flat.map((p) => p.u));
  const minV = Math.min(...flat.map((p) => p.v));
  const maxV = Math.max(...flat.map((p) => p.v));
  const spanU = maxU - minU;
  const spanV = maxV - minV;

  const innerWidth = Math.max(0, width - 2 * padding);
  const innerHeight = Math.max(0, height - 2 * padding);
  // The largest scale at which the box fits both ways; a side with no extent sets no limit.
  const limits = [spanU > 0 ? innerWidth / spanU : Infinity, spanV > 0 ? innerHeight / spanV : Infinity];
  const fitted = Math.min(...limits);
  const scale = Number.isFinite(fitted) ? fitted : 0;

  const left = (width - spanU * scale) / 2;
  const top = (height - spanV * scale) / 2;
  return flat.map(({ u, v }) => ({ x: left + (u - minU) * scale, y: top + (maxV - v) * scale }));
}

/**
 * A plain equirectangular projection of `bounds` onto a frame of `width` × `height`: the west edge
 * at x = 0, the north edge at y = 0, degrees spread evenly in between. This is how an image that
 * covers exactly those bounds is drawn when stretched over the frame. Points outside the bounds
 * fall outside the frame; `withinBounds` tells them apart.
 */
export function projectToBounds(
  points: readonly LonLat[],
  bounds: GeoBounds,
  { width, height }: { width: number; height: number },
): Point[] {
  const spanLongitude = bounds.east - bounds.west;
  const spanLatitude = bounds.north - bounds.south;
  if (!(spanLongitude > 0) || !(spanLatitude > 0)) throw new RangeError('Bounds need west < east and south < north');
  points.forEach(checkPoint);
  return points.map(({ longitude, latitude }) => ({
    x: ((longitude - bounds.west) / spanLongitude) * width,
    y: ((bounds.north - latitude) / spanLatitude) * height,
  }));
}

/** Whether a point lies within the bounds, edges included. */
export function withinBounds({ longitude, latitude }: LonLat, bounds: GeoBounds): boolean {
  return longitude >= bounds.west && longitude <= bounds.east && latitude >= bounds.south && latitude <= bounds.north;
}

/**
 * The height of a frame `width` wide that shows `bounds` at one unit per degree both ways — the
 * shape of an equirectangular image of those bounds.
 */
export function heightForBounds(bounds: GeoBounds, width: number): number {
  return (width * (bounds.north - bounds.south)) / (bounds.east - bounds.west);
}
