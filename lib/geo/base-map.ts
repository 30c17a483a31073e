/**
 * The base map under the city map, made replaceable.
 *
 * A map published by a Chinese government body must be drawn on an approved base map and show its
 * approval number (审图号). The app ships none: until a city supplies one, the city map is a
 * schematic of dots and lines with no borders or coastlines, marked as not being a map. To use an
 * approved base map, put its image under `public/base-map/` and describe it in
 * `public/base-map/base-map.json`:
 *
 * ```json
 * {
 *   "href": "/base-map/china.svg",
 *   "approvalNumber": "GS(2024)1234号",
 *   "bounds": { "west": 73.5, "east": 135.1, "south": 3.8, "north": 53.6 }
 * }
 * ```
 *
 * - `href`: the image's address as served from `public/` (it starts with `/`; SVG, PNG, JPEG or
 *   WebP). It must be a file in `public/`: the app runs on closed networks and fetches nothing from
 *   elsewhere. An SVG drawn as an image loads none of its own scripts, fonts or links either.
 * - `approvalNumber`: the approval number exactly as issued, shown with the map.
 * - `bounds`: the longitudes (west, east) and latitudes (south, north), in degrees, of the image's
 *   edges. The image is stretched over the frame and must be equirectangular (plate carrée): degrees
 *   evenly spaced, the same number of pixels per degree across as down. Cities outside the bounds are
 *   left off the picture but stay in its table.
 *
 * The file is read on every call, so replacing it needs no restart. No file: no base map. A file
 * that cannot be used is an error naming the file and what is wrong with it, not a silent fallback
 * to the schematic.
 */
import 'server-only';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GeoBounds } from './projection';

export { heightForBounds, projectToBounds, withinBounds, type GeoBounds } from './projection';

export interface BaseMap {
  /** An image under /public, e.g. '/base-map/china.svg'. */
  href: string;
  /** 审图号, e.g. 'GS(2024)1234号'. */
  approvalNumber: string;
  bounds: GeoBounds;
}

const imageExtension = /\.(svg|png|jpe?g|webp)$/i;

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

const baseMapSchema = z.object({
  href: z
    .string()
    .startsWith('/', 'must be an address under public/, starting with "/"')
    .refine((href) => !href.startsWith('//'), 'must be an address under public/, not on another host')
    .refine((href) => !href.split(/[/\\]/).includes('..'), 'must not leave public/ ("..")')
    .refine((href) => !/[?#]/.test(href), 'must be a plain file path, without "?" or "#"')
    .refine((href) => imageExtension.test(href), 'must name an .svg, .png, .jpg, .jpeg or .webp image'),
  approvalNumber: z.string().trim().min(1, 'must not be empty'),
  bounds: z
    .object({ west: longitude, east: longitude, south: latitude, north: latitude })
    .refine((b) => b.west < b.east, { message: 'west must be less than east', path: ['east'] })
    .refine((b) => b.south < b.north, { message: 'south must be less than north', path: ['north'] }),
});

/** Where the app serves static files from. */
const defaultPublicDirectory = path.join(process.cwd(), 'public');

/** Where the description lives, inside the public directory. */
export const baseMapFile = path.join('base-map', 'base-map.json');

/**
 * The approved base map described in `public/base-map/base-map.json`, or null when there is no such
 * file. Throws when the file cannot be read, is not JSON, does not have the shape above, or points
 * at an image that is not there. `publicDirectory` is for tests.
 */
export function loadBaseMap(publicDirectory: string = defaultPublicDirectory): BaseMap | null {
  const file = path.join(publicDirectory, baseMapFile);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot be read: ${(error as Error).message}`, { cause: error });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }

  const parsed = baseMapSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${file}: not a base map description: ${problems.join('; ')}`);
  }

  const { href, approvalNumber, bounds } = parsed.data;
  const image = path.join(publicDirectory, ...href.split('/').filter(Boolean));
  if (!isFile(image)) throw new Error(`${file}: href ${href} names no file in ${publicDirectory}`);
  return { href, approvalNumber, bounds };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
