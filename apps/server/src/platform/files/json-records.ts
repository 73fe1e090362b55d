import { parseTree, type Node, type ParseError, printParseErrorCode } from 'jsonc-parser';

/** One record of an import file with the line it starts on (1-based), for error reports. */
export interface SourcedRecord {
  line: number;
  value: unknown;
}

export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((prop) => {
          const [key, value] = prop.children ?? [];
          return [String(key?.value), value ? toValue(value) : null];
        }),
      );
    case 'array':
      return (node.children ?? []).map(toValue);
    case 'property':
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return node.value as unknown;
  }
}

/**
 * Reads a JSON array (or one object) or JSON Lines, keeping each record's starting line so that an
 * import can report every bad row by line number.
 */
export function readJsonRecords(text: string, format: 'json' | 'jsonl'): SourcedRecord[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (format === 'jsonl') {
    const records: SourcedRecord[] = [];
    clean.split(/\r?\n/).forEach((raw, index) => {
      if (raw.trim() === '') return;
      try {
        records.push({ line: index + 1, value: JSON.parse(raw) as unknown });
      } catch (error) {
        throw new ImportFileError(`line ${index + 1}: not valid JSON (${(error as Error).message})`, index + 1);
      }
    });
    return records;
  }
  const errors: ParseError[] = [];
  const root = parseTree(clean, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !root) {
    const line = first ? lineAt(clean, first.offset) : 1;
    const what = first ? printParseErrorCode(first.error) : 'empty file';
    throw new ImportFileError(`line ${line}: not valid JSON (${what})`, line);
  }
  const items = root.type === 'array' ? (root.children ?? []) : [root];
  return items.map((node) => ({ line: lineAt(clean, node.offset), value: toValue(node) }));
}

export function formatOf(fileName: string): 'json' | 'jsonl' {
  return /\.(jsonl|ndjson)$/i.test(fileName) ? 'jsonl' : 'json';
}
