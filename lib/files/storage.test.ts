import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { CreateBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3FileStore, s3SettingsFromEnv, type S3Settings } from './s3-store';
import { type FileStore, fileStoreFromEnv, localFileStore } from './storage';

/*
 * One contract, run against the local folder and against a real S3-compatible server (s3rver, on a
 * free port of 127.0.0.1 with its data in a temporary folder), so that the two drivers cannot drift.
 */

const work = mkdtempSync(path.join(tmpdir(), 'jiaoliu-store-'));
const bucket = 'jiaoliu-test';
let stopServer: () => Promise<void>;
let endpoint: string;

/*
 * s3rver runs in a process of its own because it encrypts its list continuation tokens with DES, which
 * Node's OpenSSL 3 offers only with the legacy provider, a start-up flag. It stops when its standard
 * input closes, so it cannot outlive the tests.
 */
const serverScript = `
  const S3rver = require('s3rver');
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.env.S3RVER_DIRECTORY });
  server.run().then(({ port }) => console.log(JSON.stringify({ port })));
  process.stdin.on('end', () => server.close().then(() => process.exit(0)));
  process.stdin.resume();
`;

async function startS3rver(directory: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', serverScript], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, S3RVER_DIRECTORY: directory },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const [line] = (await Promise.race([once(child.stdout, 'data'), exited.then(() => [])])) as Buffer[];
  if (!line) throw new Error('s3rver did not start');
  const { port } = JSON.parse(line.toString()) as { port: number };
  return {
    port,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

beforeAll(async () => {
  const server = await startS3rver(path.join(work, 's3rver'));
  stopServer = server.stop;
  endpoint = `http://127.0.0.1:${server.port}`;
  const client = s3Client();
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
});

afterAll(async () => {
  await stopServer?.();
  rmSync(work, { recursive: true, force: true });
});

// s3rver takes any key pair; it only checks that requests are signed.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const s3Settings = (): S3Settings => ({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials, listPageSize: 2 });
const s3Client = () => new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });

function sourceFile(bytes: Uint8Array | string): string {
  const file = path.join(work, `source-${randomUUID()}`);
  writeFileSync(file, bytes);
  return file;
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function keysOf(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.list()) keys.push(key);
  return keys.sort();
}

const drivers: { name: string; open: () => FileStore }[] = [
  { name: 'a local folder', open: () => localFileStore(path.join(work, `local-${randomUUID()}`)) },
  { name: 'an S3-compatible bucket', open: () => s3FileStore(s3Settings()) },
];

describe.each(drivers)('files in $name', ({ open }) => {
  let store: FileStore;
  beforeAll(async () => {
    store = open();
    // The bucket is shared by both runs of the S3 contract; each starts from an empty store.
    for await (const key of store.list()) await store.delete(key);
  });

  it('gives back what was put, with its size', async () => {
    const bytes = randomBytes(1024 * 1024 + 17);
    const key = `${randomUUID()}.pdf`;
    await store.put(key, sourceFile(bytes), { contentType: 'application/pdf' });
    expect(await store.exists(key)).toBe(true);
    const stored = await store.get(key);
    expect(stored?.size).toBe(bytes.length);
    const back = await read(stored!.stream);
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('replaces a file put again under the same key', async () => {
    const key = `${randomUUID()}.txt`;
    await store.put(key, sourceFile('first'), { contentType: 'text/plain' });
    await store.put(key, sourceFile('second, longer'), { contentType: 'text/plain' });
    const stored = await store.get(key);
    expect((await read(stored!.stream)).toString()).toBe('second, longer');
    expect(stored!.size).toBe(14);
  });

  it('has nothing under a key never put, and deleting it is no error', async () => {
    const key = `${randomUUID()}.webp`;
    expect(await store.get(key)).toBeNull();
    expect(await store.exists(key)).toBe(false);
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('deletes', async () => {
    const key = `${randomUUID()}.jpg`;
    await store.put(key, sourceFile('photo'), { contentType: 'image/jpeg' });
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
  });

  it('lists every key, nested ones too, page after page', async () => {
    const id = randomUUID();
    // Not `${id}.pdf` beside `${id}/…`: s3rver lists in the order of its folders, not of keys, and its
    // next page then skips a key that sorts before `/` after a common start (S3 and MinIO do not).
    const keys = [`${id}/original.jpg`, `${id}/w480.webp`, `${id}/w1280.webp`, `${randomUUID()}.pdf`, `ab/cd/${id}.ofd`];
    for (const key of keys) await store.put(key, sourceFile(key), { contentType: 'application/octet-stream' });
    const listed = await keysOf(store);
    expect(listed).toEqual(expect.arrayContaining(keys));
    expect(new Set(listed).size).toBe(listed.length);
    for (const key of keys) await store.delete(key);
    expect(await keysOf(store)).toEqual(expect.not.arrayContaining(keys));
  });

  it('throws when the file to put is missing, and stores nothing', async () => {
    const key = `${randomUUID()}.pdf`;
    await expect(store.put(key, path.join(work, 'no-such-file'), { contentType: 'application/pdf' })).rejects.toThrow(/ENOENT/);
    expect(await store.exists(key)).toBe(false);
  });

  it.each([
    '../escape.pdf',
    'a/../../escape.pdf',
    '/etc/passwd',
    'a//b.pdf',
    'a/',
    '.hidden',
    'a/.partial-1',
    'Upper.pdf',
    'a\\b.pdf',
    'a b.pdf',
    '%2e%2e/escape.pdf',
    '',
    `${'a'.repeat(202)}`,
  ])('refuses the key %j', async (key) => {
    const file = sourceFile('x');
    await expect(store.put(key, file, { contentType: 'text/plain' })).rejects.toThrow(/valid file key/);
    await expect(store.get(key)).rejects.toThrow(/valid file key/);
    await expect(store.exists(key)).rejects.toThrow(/valid file key/);
    await expect(store.delete(key)).rejects.toThrow(/valid file key/);
    expect(existsSync(path.join(work, 'escape.pdf'))).toBe(false);
  });
});

describe('the local folder', () => {
  it('lists neither files being written nor files it did not name', async () => {
    const root = path.join(work, `local-${randomUUID()}`);
    const store = localFileStore(root);
    await store.put('kept.pdf', sourceFile('kept'), { contentType: 'application/pdf' });
    mkdirSync(path.join(root, 'ab'), { recursive: true });
    writeFileSync(path.join(root, 'ab', '.partial-1234'), 'half');
    writeFileSync(path.join(root, 'Notes.TXT'), 'someone else’s');
    expect(await keysOf(store)).toEqual(['kept.pdf']);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('lists nothing before the folder exists', async () => {
    expect(await keysOf(localFileStore(path.join(work, 'not-yet')))).toEqual([]);
  });
});

describe('the S3 driver', () => {
  it('stores the content type with the object, and lists only keys the app could have made', async () => {
    const store = s3FileStore(s3Settings());
    const key = `${randomUUID()}.pdf`;
    await store.put(key, sourceFile('%PDF-1.7'), { contentType: 'application/pdf' });
    const client = s3Client();
    expect((await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentType).toBe('application/pdf');
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'Other Program/File.bin', Body: 'x' }));
    client.destroy();
    const keys = await keysOf(store);
    expect(keys).toContain(key);
    expect(keys).not.toContain('Other Program/File.bin');
  });
});

describe('the store chosen by the environment', () => {
  it('is a folder in .data/files by default, or JIAOLIU_FILES_DIR', () => {
    expect(fileStoreFromEnv({}, '/srv/jiaoliu').describe()).toBe(`local folder ${path.resolve('/srv/jiaoliu/.data/files')}`);
    expect(fileStoreFromEnv({ JIAOLIU_FILES_DIR: 'attachments' }, '/srv/jiaoliu').describe()).toBe(
      `local folder ${path.resolve('/srv/jiaoliu/attachments')}`,
    );
  });

  it('is a bucket when JIAOLIU_S3_BUCKET is set, and works', async () => {
    const store = fileStoreFromEnv({
      JIAOLIU_S3_BUCKET: bucket,
      JIAOLIU_S3_ENDPOINT: endpoint,
      JIAOLIU_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      JIAOLIU_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    });
    expect(store.describe()).toBe(`S3 bucket "${bucket}" at ${new URL(endpoint).host}`);
    const key = `${randomUUID()}.png`;
    await store.put(key, sourceFile('png'), { contentType: 'image/png' });
    expect(await store.exists(key)).toBe(true);
  });

  it('defaults to us-east-1, and to path-style addressing with an endpoint only', () => {
    const withEndpoint = { JIAOLIU_S3_BUCKET: 'files', JIAOLIU_S3_ENDPOINT: 'https://oss.example.cn', JIAOLIU_S3_ACCESS_KEY_ID: 'id', JIAOLIU_S3_SECRET_ACCESS_KEY: 'secret' };
    expect(s3SettingsFromEnv(withEndpoint)).toMatchObject({ region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'id' } });
    expect(s3SettingsFromEnv({ ...withEndpoint, JIAOLIU_S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({ forcePathStyle: false });
    expect(s3SettingsFromEnv({ JIAOLIU_S3_BUCKET: 'files', JIAOLIU_S3_REGION: 'cn-north-1' })).toEqual({
      bucket: 'files',
      region: 'cn-north-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });
    expect(fileStoreFromEnv({ JIAOLIU_S3_BUCKET: 'files', JIAOLIU_S3_REGION: 'cn-north-1' }).describe()).toBe('S3 bucket "files" in AWS region cn-north-1');
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ JIAOLIU_S3_ENDPOINT: 'minio:9000' }, /JIAOLIU_S3_ENDPOINT/],
    [{ JIAOLIU_S3_ENDPOINT: 'not a url' }, /JIAOLIU_S3_ENDPOINT/],
    [{ JIAOLIU_S3_ACCESS_KEY_ID: '', JIAOLIU_S3_SECRET_ACCESS_KEY: '' }, /JIAOLIU_S3_ACCESS_KEY_ID and JIAOLIU_S3_SECRET_ACCESS_KEY must be set when JIAOLIU_S3_ENDPOINT/],
    [{ JIAOLIU_S3_SECRET_ACCESS_KEY: '' }, /JIAOLIU_S3_SECRET_ACCESS_KEY must be set/],
    [{ JIAOLIU_S3_ACCESS_KEY_ID: '' }, /JIAOLIU_S3_ACCESS_KEY_ID must be set/],
    [{ JIAOLIU_S3_FORCE_PATH_STYLE: 'sometimes' }, /JIAOLIU_S3_FORCE_PATH_STYLE/],
    [{ JIAOLIU_S3_REGION: 'North China' }, /JIAOLIU_S3_REGION/],
    [{ JIAOLIU_S3_BUCKET: 'My_Bucket' }, /JIAOLIU_S3_BUCKET/],
  ])('names the variable that is wrong in %j', (change, message) => {
    const env = {
      JIAOLIU_S3_BUCKET: 'files',
      JIAOLIU_S3_ENDPOINT: 'http://127.0.0.1:9000',
      JIAOLIU_S3_ACCESS_KEY_ID: 'id',
      JIAOLIU_S3_SECRET_ACCESS_KEY: 'secret',
      ...change,
    };
    expect(() => fileStoreFromEnv(env)).toThrow(message);
  });
});
