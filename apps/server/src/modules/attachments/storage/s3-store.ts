import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { storageKeySegments, type ObjectStore } from './object-store.ts';

/** Where the bucket is and how to sign requests (`StorageConfig` of kind `s3`). */
export interface S3StoreOptions {
  /** An S3-compatible endpoint (MinIO, Ceph, a cloud's S3 API); AWS itself when undefined. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404;
}

/**
 * Objects in an S3 bucket, with SigV4-signed requests. Path-style addressing, because most
 * S3-compatible servers on premises have no wildcard DNS for bucket sub-domains. Checksums are
 * sent only when an operation requires them: several S3-compatible servers reject the newer
 * default checksum headers.
 */
export function s3ObjectStore(options: S3StoreOptions): ObjectStore {
  const client = new S3Client({
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const bucket = options.bucket;

  return {
    async put(key, bytes) {
      storageKeySegments(key);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(key) {
      storageKeySegments(key);
      try {
        const output = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (output.Body === undefined) return Buffer.alloc(0);
        return Buffer.from(await output.Body.transformToByteArray());
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async delete(key) {
      storageKeySegments(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
