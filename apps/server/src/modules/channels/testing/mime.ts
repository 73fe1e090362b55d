/** Just enough MIME (RFC 2045–2047) to read back what an SMTP client sent, for tests. */
export interface ParsedMail {
  /** Header values by lower-case name, unfolded, encoded-words decoded. */
  headers: Map<string, string>;
  text: string | undefined;
  html: string | undefined;
}

export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitEntity(raw);
  const mail: ParsedMail = { headers, text: undefined, html: undefined };
  // The CRLF before the SMTP end-of-data dot belongs to the transport, not the text.
  collectParts(headers, body.replace(/\r\n$/, ''), mail);
  return mail;
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 4) };
}

function collectParts(headers: Map<string, string>, body: string, mail: ParsedMail): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary !== undefined) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) {
      const entity = splitEntity(part.replace(/^\r\n/, ''));
      collectParts(entity.headers, entity.body.replace(/\r\n$/, ''), mail);
    }
    return;
  }
  const decoded = decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit').replace(/\r\n/g, '\n');
  if (type.toLowerCase().startsWith('text/html')) mail.html = decoded;
  else if (type.toLowerCase().startsWith('text/plain')) mail.text = decoded;
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return quotedPrintable(body.replace(/=\r\n/g, ''));
    default:
      return body;
  }
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded-words; adjacent words are joined as bytes so split characters survive. */
function decodeWords(value: string): string {
  return value.replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)(\s+=\?[^?]+\?[BQ]\?[^?]*\?=)*/gi, (run) => {
    const bytes = [...run.matchAll(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi)].map(([, , kind, data = '']) =>
      kind?.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(quotedPrintableBytes(data.replace(/_/g, ' '))),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function quotedPrintableBytes(text: string): Buffer {
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}
