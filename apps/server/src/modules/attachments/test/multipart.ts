export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const BOUNDARY = '----motcua-test-boundary-7d1f';

/** A multipart/form-data body built by hand, as a phone's browser would send it. */
export function multipart(parts: readonly Part[]): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.contentType === undefined ? '' : `Content-Type: ${part.contentType}\r\n`;
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n${type}\r\n`),
    );
    chunks.push(part.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

/** One file in the `file` field, named and typed as the client likes (the server ignores both). */
export function fileUpload(data: Buffer, filename = 'photo.jpg', contentType = 'image/jpeg') {
  return multipart([{ name: 'file', filename, contentType, data }]);
}
