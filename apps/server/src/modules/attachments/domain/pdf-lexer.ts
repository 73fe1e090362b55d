/**
 * A small PDF tokenizer (ISO 32000-1 § 7.2) over the file as latin1 text, where character offsets
 * are byte offsets. It skips comments, strings and stream data the way a reader does, so a name
 * such as `/JS` hidden in a string or found by chance in compressed bytes is not mistaken for a
 * key, and a key cannot be hidden by wrapping it in something a naive search would skip.
 */

export type Token =
  | { type: 'name'; value: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'keyword'; value: string; at: number }
  | { type: 'punct'; value: '<<' | '>>' | '[' | ']' | '{' | '}'; at: number }
  | { type: 'string'; at: number };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Thrown for a string or stream that never ends: the file is damaged or built to confuse readers. */
export class PdfSyntaxError extends Error {
  override name = 'PdfSyntaxError';
}

function isRegular(code: number): boolean {
  return !WHITESPACE.has(code) && !DELIMITERS.has(code);
}

/** `#xx` escapes spell a name byte by byte (`/J#61vaScript` is `/JavaScript`). */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Reads tokens one at a time; the caller skips stream data with `seek`. */
export class PdfLexer {
  private pos: number;

  constructor(
    readonly text: string,
    start = 0,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  /** Moves past stream data; the caller worked out where it ends. */
  seek(position: number): void {
    this.pos = position;
  }

  next(): Token | undefined {
    for (;;) {
      this.skipSpaceAndComments();
      const at = this.pos;
      if (at >= this.text.length) return undefined;
      const token = this.tokenAt(at);
      if (token !== undefined) return token;
      // A stray `>` or `)`: readers skip it, and so do we (in a loop: a file of them must not recurse).
      this.pos = at + 1;
    }
  }

  private tokenAt(at: number): Token | undefined {
    const t = this.text;
    const c = t.charCodeAt(at);
    switch (c) {
      case 0x2f:
        return this.readName(at);
      case 0x28:
        return this.readLiteralString(at);
      case 0x3c:
        return t.charCodeAt(at + 1) === 0x3c ? this.punct('<<', at, 2) : this.readHexString(at);
      case 0x3e:
        return t.charCodeAt(at + 1) === 0x3e ? this.punct('>>', at, 2) : undefined;
      case 0x5b:
        return this.punct('[', at, 1);
      case 0x5d:
        return this.punct(']', at, 1);
      case 0x7b:
        return this.punct('{', at, 1);
      case 0x7d:
        return this.punct('}', at, 1);
      case 0x29:
        return undefined;
      default:
        return this.readWord(at);
    }
  }

  private punct(value: '<<' | '>>' | '[' | ']' | '{' | '}', at: number, length: number): Token {
    this.pos = at + length;
    return { type: 'punct', value, at };
  }

  private skipSpaceAndComments(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (WHITESPACE.has(c)) {
        this.pos += 1;
      } else if (c === 0x25) {
        while (this.pos < t.length && t.charCodeAt(this.pos) !== 0x0a && t.charCodeAt(this.pos) !== 0x0d) this.pos += 1;
      } else {
        return;
      }
    }
  }

  private readName(at: number): Token {
    let end = at + 1;
    while (end < this.text.length && isRegular(this.text.charCodeAt(end))) end += 1;
    this.pos = end;
    return { type: 'name', value: decodeName(this.text.slice(at + 1, end)), at };
  }

  private readWord(at: number): Token {
    let end = at;
    while (end < this.text.length && isRegular(this.text.charCodeAt(end))) end += 1;
    this.pos = end;
    const word = this.text.slice(at, end);
    return NUMBER.test(word) ? { type: 'number', value: Number(word), at } : { type: 'keyword', value: word, at };
  }

  private readLiteralString(at: number): Token {
    const t = this.text;
    let depth = 0;
    for (let i = at; i < t.length; i += 1) {
      const c = t.charCodeAt(i);
      if (c === 0x5c) {
        i += 1;
      } else if (c === 0x28) {
        depth += 1;
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) {
          this.pos = i + 1;
          return { type: 'string', at };
        }
      }
    }
    throw new PdfSyntaxError(`unterminated string at ${at}`);
  }

  private readHexString(at: number): Token {
    const end = this.text.indexOf('>', at + 1);
    if (end === -1) throw new PdfSyntaxError(`unterminated hex string at ${at}`);
    this.pos = end + 1;
    return { type: 'string', at };
  }
}
