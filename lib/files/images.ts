import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type OutputInfo, type Sharp } from 'sharp';

/*
 * Photos are shown through copies made here, never as uploaded: a copy is upright whatever the camera
 * wrote in its EXIF orientation, small enough for a page, and carries no metadata, since a phone's
 * EXIF often says where the photo was taken (GPS) and with which device. sharp decodes and encodes in
 * libuv's thread pool, so the event loop serves other requests meanwhile.
 */

/**
 * Well above any camera's photo (a 61-megapixel camera makes 9504 × 6336), and far below what a forged
 * header could claim: sharp refuses such an image from its header, before decoding anything.
 */
export const defaultMaxPixels = 100_000_000;

/** A column of text on a phone, and a page's full width on a screen. */
export const pageWidths = [480, 1280] as const;

/** `unreadable`: damaged, or not a JPEG, PNG or WebP image. */
export type ImageRefusal = 'too-many-pixels' | 'unreadable';

/*
 * libvips reads many more formats, SVG among them, whose renderer follows links and runs far more
 * code; content-type.ts takes only these, and this checks again rather than trust every caller.
 */
const photoFormats = new Set(['jpeg', 'png', 'webp']);

/** The image's size as it is shown, that is after turning it as its EXIF orientation says. */
export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageOptions {
  maxPixels?: number;
}

export type ImageSizeResult = { ok: true; size: ImageSize } | { ok: false; reason: ImageRefusal };

/** The size of the image at `filePath`, read from its header. */
export async function readImageSize(filePath: string, options: ImageOptions = {}): Promise<ImageSizeResult> {
  try {
    const { format, autoOrient } = await load(filePath, options).metadata();
    if (!photoFormats.has(format)) return { ok: false, reason: 'unreadable' };
    return { ok: true, size: { width: autoOrient.width, height: autoOrient.height } };
  } catch (error) {
    return { ok: false, reason: refusalFor(error) };
  }
}

export interface Derivative {
  /** A temporary file; `Derivatives.remove()` removes it. */
  path: string;
  mime: 'image/webp';
  width: number;
  height: number;
  bytes: number;
}

export interface Derivatives {
  source: ImageSize;
  /** Narrowest first. A width the source does not reach gives one copy at the source's own width. */
  files: Derivative[];
  remove(): Promise<void>;
}

export interface DerivativeOptions extends ImageOptions {
  widths?: readonly number[];
  /** Where the copies are written; the OS's temporary folder by default. */
  dir?: string;
  /** WebP quality, 1 to 100. */
  quality?: number;
}

export type DerivativesResult = { ok: true; derivatives: Derivatives } | { ok: false; reason: ImageRefusal };

/**
 * Upright WebP copies of the image at `filePath`, one per width and never wider than the source, with
 * all of its metadata left out. A damaged image, which decodes only in part, is refused as unreadable.
 */
export async function makeDerivatives(filePath: string, options: DerivativeOptions = {}): Promise<DerivativesResult> {
  const sized = await readImageSize(filePath, options);
  if (!sized.ok) return sized;
  const source = sized.size;
  const widths = [...new Set((options.widths ?? pageWidths).map((width) => Math.min(width, source.width)))].sort((a, b) => a - b);
  const files: Derivative[] = [];
  const remove = async () => {
    await Promise.all(files.map((file) => rm(file.path, { force: true })));
  };
  try {
    for (const width of widths) {
      const pipeline = load(filePath, options)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: options.quality ?? 80 });
      let encoded: { data: Buffer; info: OutputInfo };
      try {
        encoded = await pipeline.toBuffer({ resolveWithObject: true });
      } catch (error) {
        await remove();
        return { ok: false, reason: refusalFor(error) };
      }
      // Written here rather than by sharp, so that a full disk is thrown as what it is and not taken
      // for a damaged image.
      const file: Derivative = {
        path: path.join(options.dir ?? tmpdir(), `jiaoliu-image-${randomUUID()}.webp`),
        mime: 'image/webp',
        width: encoded.info.width,
        height: encoded.info.height,
        bytes: encoded.data.byteLength,
      };
      files.push(file);
      await writeFile(file.path, encoded.data, { flag: 'wx', mode: 0o600 });
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { ok: true, derivatives: { source, files, remove } };
}

/** sharp's output leaves all metadata out unless asked to keep it, and nothing here asks. */
function load(filePath: string, { maxPixels = defaultMaxPixels }: ImageOptions): Sharp {
  return sharp(filePath, { autoOrient: true, limitInputPixels: maxPixels, failOn: 'warning' });
}

/** What sharp's error says about the image. A missing file says nothing about it, and is thrown. */
function refusalFor(error: unknown): ImageRefusal {
  if (error instanceof Error && /pixel limit/i.test(error.message)) return 'too-many-pixels';
  if (error instanceof Error && /^Input file is missing/.test(error.message)) throw error;
  return 'unreadable';
}
