import type { OpenActionTarget, PdfObjectSummary, PdfStructure } from './pdf-structure.ts';
import { rejected, type Refusal } from './refusal.ts';

/**
 * Keys and action types that make a PDF do something when opened or clicked, or carry other files.
 * Citizens send scans and exported forms, which need none of them, so any occurrence refuses the
 * file rather than trying to tell a harmless use from a harmful one.
 */
const activeNames: Readonly<Record<string, string>> = {
  JavaScript: 'JavaScript',
  JS: 'JavaScript',
  Launch: 'a launch action',
  EmbeddedFile: 'an embedded file',
  EmbeddedFiles: 'an embedded file',
  FileAttachment: 'a file attachment',
  RichMedia: 'rich media',
  XFA: 'an XFA form',
  AA: 'additional actions',
  SubmitForm: 'a submit-form action',
  ImportData: 'an import-data action',
  GoToR: 'a link into another file',
  GoToE: 'a link into an embedded file',
  Rendition: 'a rendition action',
};

/** What the file's tail looks like: readers stop at the last `%%EOF`; bytes after it are a second file. */
export interface PdfTail {
  hasEof: boolean;
  /** Non-whitespace bytes after the last `%%EOF`. */
  trailingBytes: number;
}

/** Readers tolerate some junk after `%%EOF` (Acrobat: 1 KB); more than that is another file riding along. */
const MAX_TRAILING_BYTES = 1024;

function isHarmlessOpenAction(target: OpenActionTarget, objects: ReadonlyMap<string, PdfObjectSummary>): boolean {
  switch (target.kind) {
    case 'array':
      return true;
    case 'dict':
      return target.action === 'GoTo';
    case 'ref': {
      // Resolved only among top-level objects; one hidden in an object stream counts as unknown.
      const summary = objects.get(target.ref);
      return summary !== undefined && (summary.kind === 'array' || summary.action === 'GoTo');
    }
    case 'other':
      return false;
  }
}

/**
 * Decides on a PDF from its top-level structure and the structures inside its object streams.
 * Refuses encrypted files (nothing inside can be checked, and officers could not open them), active
 * content, an `/OpenAction` that is anything but "go to a page", and data appended after the end.
 */
export function assessPdf(main: PdfStructure, inner: readonly PdfStructure[], tail: PdfTail): { ok: true } | Refusal {
  if (!tail.hasEof) return rejected('pdf_malformed', 'no %%EOF marker');
  if (tail.trailingBytes > MAX_TRAILING_BYTES) return rejected('polyglot', 'data after %%EOF');
  const all = [main, ...inner];
  if (all.some((s) => s.names.has('Encrypt'))) return rejected('pdf_encrypted');
  for (const structure of all) {
    for (const name of structure.names) {
      const what = activeNames[name];
      if (what !== undefined) return rejected('pdf_active_content', what);
    }
  }
  for (const structure of all) {
    for (const target of structure.openActions) {
      if (!isHarmlessOpenAction(target, main.objects)) return rejected('pdf_active_content', 'an open action');
    }
  }
  return { ok: true };
}
