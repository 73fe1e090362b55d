import type { FileSource, PickedFile } from '../platform.ts';

const ACCEPT: Record<FileSource, string> = {
  camera: 'image/*',
  gallery: 'image/*,application/pdf',
};

/**
 * Opens the browser's file chooser: with `capture` the phone goes straight to the camera, without
 * it the citizen picks a photo or a PDF. The input lives only while the chooser is open. Browsers
 * that fire no `cancel` event leave the promise pending, which costs nothing: the screen does not
 * wait on it.
 */
export function pickFile(source: FileSource): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[source];
    if (source === 'camera') input.setAttribute('capture', 'environment');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file === null ? null : { blob: file, name: file.name || 'anh.jpg' });
    };
    input.addEventListener('change', () => {
      finish(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      finish(null);
    });
    document.body.append(input);
    input.click();
  });
}
