import { useCallback, useState } from 'react';
import { newId } from '../../lib/ids.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import type { FileSource } from '../../platform/platform.ts';
import { uploadFile } from './api.ts';
import { prepareFile, type PreparedFile } from './compress-image.ts';
import type { DraftAttachment } from './draft.ts';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; replacing: string | null }
  | { status: 'failed'; error: unknown; retry: () => void; dismiss: () => void };

interface Callbacks {
  /** A new page, or the page `replacing` retaken. */
  onUploaded: (attachment: DraftAttachment, replacing: string | null) => void;
}

/**
 * Takes or picks a file for one document, shrinks it on the phone, uploads it and hands back the
 * page with the server's photo check. A failed upload keeps the prepared file for "try again".
 */
export function useDocumentUpload(documentKey: string, { onUploaded }: Callbacks) {
  const platform = usePlatform();
  const [state, setState] = useState<UploadState>({ status: 'idle' });

  const upload = useCallback(
    async (prepared: PreparedFile, replacing: string | null) => {
      setState({ status: 'uploading', replacing });
      try {
        const created = await uploadFile(prepared.blob, prepared.fileName);
        const attachment: DraftAttachment = {
          id: newId(),
          documentKey,
          uploadId: created.id,
          fileName: prepared.fileName,
          contentType: created.contentType,
          size: created.size,
          issues: created.quality.issues,
          ...(prepared.thumbnail ? { thumbnail: prepared.thumbnail } : {}),
        };
        onUploaded(attachment, replacing);
        setState({ status: 'idle' });
      } catch (error) {
        setState({
          status: 'failed',
          error,
          retry: () => void upload(prepared, replacing),
          dismiss: () => setState({ status: 'idle' }),
        });
      }
    },
    [documentKey, onUploaded],
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
