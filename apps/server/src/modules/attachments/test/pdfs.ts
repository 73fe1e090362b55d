import { deflateSync } from 'node:zlib';

/**
 * Builds a PDF from object bodies (object n is `bodies[n - 1]`) with a correct cross-reference
 * table, so the samples are well-formed apart from what each test puts in them.
 */
export function buildPdf(bodies: readonly (string | Buffer)[], trailer = '/Root 1 0 R', version = '1.7'): Buffer {
  const chunks: Buffer[] = [Buffer.from(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]?.length ?? 0;
  bodies.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${bodies.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

function page(extra = ''): string[] {
  const content = 'BT /F1 24 Tf 72 720 Td (Giay khai sinh) Tj ET';
  return [
    `<< /Type /Catalog /Pages 2 0 R ${extra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
}

/** One page of text, nothing else. */
export function plainPdf(): Buffer {
  return buildPdf(page());
}

/** Opens at page one: an `/OpenAction` that is a destination, which is harmless. */
export function pdfOpeningAtPage(): Buffer {
  return buildPdf(page('/OpenAction [3 0 R /Fit]'));
}

/** Runs JavaScript when opened: `/OpenAction` → a JavaScript action. */
export function pdfWithJavaScript(): Buffer {
  return buildPdf([...page('/OpenAction 6 0 R'), '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>']);
}

/**
 * The same attack, hidden from a plain text search: the action sits in a compressed object stream
 * and its name is spelt with `#xx` escapes.
 */
export function pdfWithHiddenJavaScript(): Buffer {
  const inner = Buffer.from('6 0 << /Type /Action /S /J#61vaScript /J#53 (app.launchURL\\("x"\\)) >>', 'latin1');
  const packed = deflateSync(inner);
  return buildPdf(
    [...page('/OpenAction 6 0 R'), stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', packed)],
    '/Root 1 0 R',
    '1.5',
  );
}

/** `/JS` only inside a string and inside compressed page content: not active content. */
export function pdfMentioningJavaScriptInText(): Buffer {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 72 700 Td (see /JavaScript and /JS) Tj ET'));
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /Title (about /JS) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('/Filter /FlateDecode', content),
  ]);
}

/** A PDF carrying another file. */
export function pdfWithEmbeddedFile(): Buffer {
  return buildPdf([
    ...page('/Names << /EmbeddedFiles 6 0 R >>'),
    '<< /Names [(a.exe) 7 0 R] >>',
    '<< /Type /Filespec /F (a.exe) >>',
  ]);
}

/** A password-protected PDF (the trailer names an encryption dictionary). */
export function encryptedPdf(): Buffer {
  return buildPdf(
    [...page(), '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>'],
    '/Root 1 0 R /Encrypt 6 0 R /ID [<01> <01>]',
  );
}
