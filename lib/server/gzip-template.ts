import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflatePiece = promisify(deflateRaw);

/**
 * A document compressed once, with gaps left where a short value goes that changes on every response
 * (a page's nonce), so that it can be sent gzipped again and again with a new value in each gap for
 * the cost of a checksum, instead of being compressed anew each time.
 *
 * Each piece between two gaps is compressed on its own and flushed in full: its deflate blocks end on
 * a byte boundary, and nothing in one refers back into another, so the pieces can be laid end to end
 * as one deflate stream with the value written between them as a stored (uncompressed) block
 * (RFC 1951, 3.2.4). A gzip header and trailer around that make the answer (RFC 1952).
 */
export interface GzipTemplate {
  pieces: readonly Buffer[];
  compressed: readonly Buffer[];
}

export async function compressTemplate(pieces: readonly Buffer[]): Promise<GzipTemplate> {
  const compressed = await Promise.all(
    pieces.map((piece) => deflatePiece(piece, { level: constants.Z_BEST_COMPRESSION, finishFlush: constants.Z_FULL_FLUSH })),
  );
  return { pieces, compressed };
}

const gzipHeader = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** The last block: stored, empty, marked final. */
const finalBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

function storedBlock(value: Buffer): Buffer {
  if (value.length > 0xffff) throw new RangeError('A stored block holds at most 65,535 bytes');
  const header = Buffer.from([0x00, value.length & 0xff, value.length >> 8, ~value.length & 0xff, (~value.length >> 8) & 0xff]);
  return Buffer.concat([header, value]);
}

/** The template's pieces with `value` in every gap, as a gzip member. */
export function gzipFilled(template: GzipTemplate, value: Buffer): Buffer {
  const filler = storedBlock(value);
  const parts: Buffer[] = [gzipHeader];
  let checksum = 0;
  let size = 0;
  template.compressed.forEach((compressed, i) => {
    if (i > 0) {
      parts.push(filler);
      checksum = crc32(value, checksum);
      size += value.length;
    }
    parts.push(compressed);
    const piece = template.pieces[i]!;
    // Node's crc32 answers 0 for no bytes, whatever the running value; an empty piece changes nothing.
    if (piece.length > 0) checksum = crc32(piece, checksum);
    size += piece.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(checksum >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  parts.push(finalBlock, trailer);
  return Buffer.concat(parts);
}

/** The template's pieces with `value` in every gap, uncompressed. */
export function filled(template: Pick<GzipTemplate, 'pieces'>, value: Buffer): Buffer {
  return Buffer.concat(template.pieces.flatMap((piece, i) => (i > 0 ? [value, piece] : [piece])));
}
