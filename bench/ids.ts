import { randomFillSync } from 'node:crypto';

/*
 * Row ids made up front, so that a batch's rows can point at each other before any is written. They
 * are UUIDv7, as the schema's own default: time-ordered, so new rows land at the end of each index
 * rather than all over it. Within one millisecond a counter keeps them in the order they were made.
 */

const pool = Buffer.alloc(16 * 4096);
let poolOffset = pool.length;
let lastMillisecond = 0;
let counter = 0;

function randomBytes16(): Buffer {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += 16;
  return pool.subarray(poolOffset - 16, poolOffset);
}

export function newId(): string {
  let millisecond = Date.now();
  if (millisecond > lastMillisecond) {
    lastMillisecond = millisecond;
    counter = 0;
  } else {
    counter++;
    // The 12-bit counter is spent: borrow the next millisecond.
    if (counter > 0xfff) {
      lastMillisecond++;
      counter = 0;
    }
    millisecond = lastMillisecond;
  }
  const bytes = Buffer.from(randomBytes16());
  bytes.writeUIntBE(millisecond, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
