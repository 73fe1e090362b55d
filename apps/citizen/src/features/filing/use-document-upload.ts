import { useCallback, useState } from 'react';
import { newId } from '../../lib/ids.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import type { DocumentReading } from '@motcua/contracts';
import type { FileSource } from '../../platform/platform.ts';
import { fetchReading, uploadFile, type DocumentSlot } from './api.ts';
import { prepareFile, type PreparedFile } from './compress-image.ts';
import type { DraftAttachment } from './draft.ts';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; replacing: string | null }
  | { status: 'failed'; error: unknown; retry: () => void; dismiss: () => void };

interface Callbacks {
  /** A new page, or the page `replacing` retaken. */
  onUploaded: (attachment: DraftAttachment, replacing: string | null) => void;
  /** The server's later word on the page: is it the document asked for, and what it read from an ID card. */
  onRead?: (pageId: string, reading: DocumentReading) => void;
}

const READ_POLL_MS = 1500;
const READ_POLL_TRIES = 20;

/**
 * Asks, a few times, what the server made of the photo (it reads it after answering the upload).
 * Gives up quietly: the check is a help, and the citizen can file without it.
 */
async function followReading(uploadId: string, token: string): Promise<DocumentReading | undefined> {
  for (let attempt = 0; attempt < READ_POLL_TRIES; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, READ_POLL_MS));
    try {
      const reading = await fetchReading(uploadId, token);
      if (reading.status !== 'pending') return reading;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Takes or picks a file for one document, shrinks it on the phone, uploads it and hands back the
 * page with the server's photo check. A failed upload keeps the prepared file for "try again".
 */
export function useDocumentUpload(slot: DocumentSlot, { onUploaded, onRead }: Callbacks) {
  const { procedureCode, documentKey } = slot;
  const platform = usePlatform();
  const [state, setState] = useState<UploadState>({ status: 'idle' });

  const upload = useCallback(
    async (prepared: PreparedFile, replacing: string | null) => {
      setState({ status: 'uploading', replacing });
      try {
        const created = await uploadFile(prepared.blob, prepared.fileName, { procedureCode, documentKey });
        const attachment: DraftAttachment = {
          id: newId(),
          documentKey,
          uploadId: created.id,
          fileName: prepared.fileName,
          contentType: created.contentType,
          size: created.size,
          issues: created.quality.issues,
          token: created.token,
          ...(prepared.thumbnail ? { thumbnail: prepared.thumbnail } : {}),
        };
        onUploaded(attachment, replacing);
        setState({ status: 'idle' });
        if (onRead && created.contentType === 'image/jpeg') {
          void followReading(created.id, created.token).then((reading) => {
            if (reading && reading.status !== 'none') onRead(attachment.id, reading);
          });
        }
      } catch (error) {
        setState({
          status: 'failed',
          error,
          retry: () => void upload(prepared, replacing),
          dismiss: () => setState({ status: 'idle' }),
        });
      }
    },
    [procedureCode, documentKey, onUploaded, onRead],
  );

  const pick = useCallback(
    async (source: FileSource, replacing: string | null = null) => {
      const picked = await platform.pickFile(source);
      if (!picked) return;
      setState({ status: 'uploading', replacing });
      const prepared = await prepareFile(picked.blob, picked.name);
      await upload(prepared, replacing);
    },
    [platform, upload],
  );

  return { state, pick };
}
