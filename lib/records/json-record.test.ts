import { describe, expect, it } from 'vitest';
import { Prisma } from '../generated/prisma/client';
import { decodeRecord, encodeRecord } from './json-record';

describe('encodeRecord / decodeRecord', () => {
  it('brings dates back as dates, nested in objects and arrays', () => {
    const record = { on: new Date('2023-05-05T00:00:00Z'), items: [{ due: new Date('2024-01-01T00:00:00Z'), note: null }], n: 3 };
    const roundTripped = decodeRecord<typeof record>(JSON.parse(JSON.stringify(encodeRecord(record))));
    expect(roundTripped).toEqual(record);
    expect(roundTripped.items[0]?.due).toBeInstanceOf(Date);
  });

  it('leaves strings that look like dates as strings', () => {
    expect(decodeRecord(encodeRecord({ asOf: '2023-05-05' }))).toEqual({ asOf: '2023-05-05' });
  });

  it('keeps a decimal as its exact text', () => {
    expect(encodeRecord({ latitude: new Prisma.Decimal('36.81000') })).toEqual({ latitude: '36.81' });
  });
});
