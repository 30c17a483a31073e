import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDerivatives, readImageSize } from './images';

const dir = mkdtempSync(path.join(tmpdir(), 'jiaoliu-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(image: Sharp, extension: string): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.${extension}`);
  await image.toFile(file);
  return file;
}

/**
 * A phone's photo: stored 2000 × 1000 and marked to be turned a quarter clockwise (EXIF orientation 6),
 * so it is shown 1000 × 2000; with the camera, the place (GPS) and XMP in its metadata.
 */
function phonePhoto(): Promise<string> {
  return write(
    sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3a7' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'Phone', Model: 'Camera 12' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 3/1 0/1' },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'),
    'jpg',
  );
}

/** The tag that points to EXIF's GPS directory (0x8825), as stored in a little-endian EXIF block. */
const gpsPointer = Buffer.from([0x25, 0x88]);

describe('copies of a photo for pages', () => {
  it('reads the size as shown, after the EXIF orientation', async () => {
    expect(await readImageSize(await phonePhoto())).toEqual({ ok: true, size: { width: 1000, height: 2000 } });
  });

  it('are upright WebP files of the widths asked for, with no metadata at all', async () => {
    const photo = await phonePhoto();
    const source = await sharp(photo).metadata();
    expect(source.orientation).toBe(6);
    expect(source.exif?.includes(gpsPointer)).toBe(true);
    expect(source.xmp).toBeDefined();

    const result = await makeDerivatives(photo, { dir });
    if (!result.ok) throw new Error(result.reason);
    const { derivatives } = result;
    expect(derivatives.source).toEqual({ width: 1000, height: 2000 });
    expect(derivatives.files.map(({ width, height }) => [width, height])).toEqual([
      [480, 960],
      [1000, 2000],
    ]);
    for (const file of derivatives.files) {
      const metadata = await sharp(file.path).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: file.width, height: file.height });
      expect(metadata.width).toBeLessThanOrEqual(1280);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(file.mime).toBe('image/webp');
    }
    await derivatives.remove();
    expect(derivatives.files.some((file) => existsSync(file.path))).toBe(false);
  });

  it('never enlarges: a small image gives one copy at its own size', async () => {
    const small = await write(sharp({ create: { width: 300, height: 200, channels: 4, background: '#0000' } }).png(), 'png');
    const result = await makeDerivatives(small, { dir, widths: [480, 1280] });
    expect(result.ok && result.derivatives.files.map(({ width, height }) => [width, height])).toEqual([[300, 200]]);
  });

  it('turns PNG and WebP sources into WebP too', async () => {
    for (const format of ['png', 'webp'] as const) {
      const file = await write(sharp({ create: { width: 1600, height: 900, channels: 3, background: '#e52' } }).toFormat(format), format);
      const result = await makeDerivatives(file, { dir, widths: [480] });
      if (!result.ok) throw new Error(result.reason);
      expect(await sharp(result.derivatives.files[0]!.path).metadata()).toMatchObject({ format: 'webp', width: 480, height: 270 });
    }
  });

  it('refuses an image with more pixels than allowed, from its header', async () => {
    const photo = await phonePhoto();
    expect(await readImageSize(photo, { maxPixels: 1_000_000 })).toEqual({ ok: false, reason: 'too-many-pixels' });
    const before = readdirSync(dir).length;
    expect(await makeDerivatives(photo, { dir, maxPixels: 1_000_000 })).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it('refuses a damaged image, and leaves no copy behind', async () => {
    const photo = await write(sharp({ create: { width: 1200, height: 800, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg(), 'jpg');
    const bytes = readFileSync(photo);
    const cut = path.join(dir, `${randomUUID()}.jpg`);
    writeFileSync(cut, bytes.subarray(0, bytes.length / 2));
    const before = readdirSync(dir).length;
    expect(await makeDerivatives(cut, { dir })).toEqual({ ok: false, reason: 'unreadable' });
    expect(readdirSync(dir)).toHaveLength(before);
    const text = path.join(dir, `${randomUUID()}.jpg`);
    writeFileSync(text, 'not an image');
    expect(await readImageSize(text)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses formats other than JPEG, PNG and WebP, SVG above all', async () => {
    const svg = path.join(dir, `${randomUUID()}.jpg`);
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>');
    expect(await makeDerivatives(svg, { dir })).toEqual({ ok: false, reason: 'unreadable' });
    const gif = await write(sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif(), 'gif');
    expect(await readImageSize(gif)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
