import type { PickedFile } from './transport.ts';

/**
 * The scripting API takes files as base64 inside JSON, and Fastify refuses bodies over 1 MiB by
 * default; 700 KB stays under it once encoded.
 */
export const maxPickedBytes = 700 * 1024;

export type PickOutcome = { ok: true; file: PickedFile } | { ok: false; reason: 'too_large' | 'unreadable' };

function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    });
    reader.addEventListener('error', () => {
      reject(reader.error ?? new Error('unreadable'));
    });
    reader.readAsDataURL(file);
  });
}

/** Reads a file the citizen picked into what the image and file endpoints take. */
export async function readPickedFile(file: File): Promise<PickOutcome> {
  if (file.size > maxPickedBytes) return { ok: false, reason: 'too_large' };
  try {
    const url = await dataUrl(file);
    const comma = url.indexOf(',');
    if (comma === -1) return { ok: false, reason: 'unreadable' };
    return {
      ok: true,
      file: { name: file.name, contentType: file.type || 'application/octet-stream', base64: url.slice(comma + 1) },
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
