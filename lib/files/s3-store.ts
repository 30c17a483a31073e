import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { isFileKey, requireFileKey } from './keys';
import type { FileStore } from './storage';

type Settings = Record<string, string | undefined>;

export interface S3Settings {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, Ceph, a cloud's object storage); absent for AWS itself. */
  endpoint?: string;
  /** Buckets addressed as endpoint/bucket rather than bucket.endpoint, as most self-hosted services need. */
  forcePathStyle: boolean;
  /** Absent: the AWS SDK's own chain (its environment variables, an instance's role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Keys per ListObjectsV2 request; the service's own (1000 on AWS) when absent. */
  listPageSize?: number;
}

/**
 * The bucket settings in JIAOLIU_S3_BUCKET, JIAOLIU_S3_ENDPOINT, JIAOLIU_S3_REGION (us-east-1 by
 * default), JIAOLIU_S3_ACCESS_KEY_ID, JIAOLIU_S3_SECRET_ACCESS_KEY and JIAOLIU_S3_FORCE_PATH_STYLE
 * (true by default when there is an endpoint), or null when no bucket is set. A wrong setting throws
 * at start-up, naming the variable, rather than at the first upload.
 */
export function s3SettingsFromEnv(env: Settings): S3Settings | null {
  const setting = (name: string) => env[name]?.trim() || undefined;
  const bucket = setting('JIAOLIU_S3_BUCKET');
  if (!bucket) return null;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new Error(`JIAOLIU_S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens (it is "${bucket}").`);
  }
  const endpoint = setting('JIAOLIU_S3_ENDPOINT');
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    throw new Error(`JIAOLIU_S3_ENDPOINT must be an http:// or https:// URL, such as https://s3.example.org (it is "${endpoint}").`);
  }
  const region = setting('JIAOLIU_S3_REGION') ?? 'us-east-1';
  if (!/^[a-z0-9-]+$/.test(region)) {
    throw new Error(`JIAOLIU_S3_REGION must be a region name such as us-east-1 or cn-north-1 (it is "${region}").`);
  }
  const accessKeyId = setting('JIAOLIU_S3_ACCESS_KEY_ID');
  const secretAccessKey = setting('JIAOLIU_S3_SECRET_ACCESS_KEY');
  if (accessKeyId === undefined && secretAccessKey !== undefined) {
    throw new Error('JIAOLIU_S3_ACCESS_KEY_ID must be set with JIAOLIU_S3_SECRET_ACCESS_KEY.');
  }
  if (accessKeyId !== undefined && secretAccessKey === undefined) {
    throw new Error('JIAOLIU_S3_SECRET_ACCESS_KEY must be set with JIAOLIU_S3_ACCESS_KEY_ID.');
  }
  if (endpoint !== undefined && accessKeyId === undefined) {
    // The SDK's own chain looks for AWS's credentials, which a self-hosted service does not accept.
    throw new Error('JIAOLIU_S3_ACCESS_KEY_ID and JIAOLIU_S3_SECRET_ACCESS_KEY must be set when JIAOLIU_S3_ENDPOINT is.');
  }
  return {
    bucket,
    region,
    endpoint,
    forcePathStyle: flag(env, 'JIAOLIU_S3_FORCE_PATH_STYLE', endpoint !== undefined),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** Files as objects in one bucket, one object per key. Each store has its own client and connections. */
export function s3FileStore(settings: S3Settings): FileStore {
  const { bucket } = settings;
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // The SDK's default adds CRC checksums in a chunked upload encoding that many S3-compatible
    // services (and older MinIO and Ceph releases) refuse; these ask for them only where S3 requires.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  return {
    async put(key, filePath, { contentType }) {
      requireFileKey(key);
      // A stream of unknown length would be refused; the size of a spooled file is known.
      const { size } = await stat(filePath);
      const body = createReadStream(filePath);
      try {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: size, ContentType: contentType }));
      } finally {
        // A request that failed part-way leaves the file open otherwise.
        body.destroy();
      }
    },

    async get(key) {
      requireFileKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!(object.Body instanceof Readable) || object.ContentLength === undefined) {
          throw new Error(`The bucket's answer for ${key} has no body or no length.`);
        }
        return { stream: object.Body, size: object.ContentLength };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },

    async delete(key) {
      requireFileKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async exists(key) {
      requireFileKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        // HEAD answers carry no body, so some services' "not found" arrives as a bare 404.
        if (error instanceof NotFound || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return false;
        throw error;
      }
    },

    async *list() {
      for await (const page of paginateListObjectsV2({ client, pageSize: settings.listPageSize }, { Bucket: bucket })) {
        for (const object of page.Contents ?? []) {
          // Objects put there by other programs are not this app's files.
          if (object.Key !== undefined && isFileKey(object.Key)) yield object.Key;
        }
      }
    },

    // The host alone: an endpoint URL may carry a user name and password.
    describe: () => `S3 bucket "${bucket}" ${settings.endpoint ? `at ${new URL(settings.endpoint).host}` : `in AWS region ${settings.region}`}`,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function flag(env: Settings, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new Error(`${name} must be true or false (it is "${env[name]}").`);
}
