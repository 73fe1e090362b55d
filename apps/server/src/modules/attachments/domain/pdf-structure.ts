import { PdfLexer, PdfSyntaxError, type Token } from './pdf-lexer.ts';

/** A stream's data span and what its dictionary says about decoding it. */
export interface PdfStreamSpan {
  dataStart: number;
  dataEnd: number;
  /** `/Type /ObjStm`: a compressed container of other objects' dictionaries. */
  objectStream: boolean;
  filters: string[];
  hasDecodeParms: boolean;
}

/** How an object begins, enough to tell a destination (array) from an action (dict with `/S`). */
export interface PdfObjectSummary {
  kind: 'array' | 'dict' | 'other';
  /** The dictionary's `/S` (action type), when it has one. */
  action?: string;
}

/** Where `/OpenAction` points: an inline destination, an inline action, or another object. */
export type OpenActionTarget =
  { kind: 'array' } | { kind: 'dict'; action?: string } | { kind: 'ref'; ref: string } | { kind: 'other' };

/** What the policy needs to know about one file or one object stream. */
export interface PdfStructure {
  /** Every name used outside strings and stream data, decoded. */
  names: Set<string>;
  openActions: OpenActionTarget[];
  objects: Map<string, PdfObjectSummary>;
  streams: PdfStreamSpan[];
}

interface ObjectState {
  key: string | undefined;
  first: PdfObjectSummary | undefined;
  objectStream: boolean;
  filters: string[];
  filterMode: 'none' | 'expect' | 'array';
  hasDecodeParms: boolean;
  length: number | undefined;
}

function freshObject(key?: string): ObjectState {
  return {
    key,
    first: undefined,
    objectStream: false,
    filters: [],
    filterMode: 'none',
    hasDecodeParms: false,
    length: undefined,
  };
}

/** Tracks an open `/S` lookup inside a dictionary opened at `depth`. */
interface DictWatch {
  depth: number;
  expectAction: boolean;
  action?: string;
}

/** Follows the token stream of one file (or one object stream) and fills a `PdfStructure`. */
class StructureWalker {
  readonly result: PdfStructure = { names: new Set(), openActions: [], objects: new Map(), streams: [] };
  private readonly recent: (Token | undefined)[] = [undefined, undefined, undefined];
  private object = freshObject();
  private depth = 0;
  private objectDict: DictWatch | undefined;
  private openDict: DictWatch | undefined;
  private expectOpenAction = false;
  private pendingRef: number | undefined;

  constructor(
    private readonly text: string,
    private readonly lexer: PdfLexer,
  ) {}

  step(token: Token): void {
    const [prev1, prev2, prev3] = this.recent;
    if (token.type === 'punct' && token.value === '<<') this.depth += 1;
    if (token.type === 'punct' && token.value === '>>') this.depth = Math.max(0, this.depth - 1);
    if (this.object.key !== undefined && this.object.first === undefined) {
      this.object.first = summaryStart(token);
      if (this.object.first.kind === 'dict') this.objectDict = { depth: this.depth, expectAction: false };
    }
    this.trackOpenAction(token, prev1);
    watchAction(this.objectDict, token, this.depth);
    if (token.type === 'name') {
      this.result.names.add(token.value);
      if (token.value === 'OpenAction') this.expectOpenAction = true;
    }
    trackStreamKeys(this.object, token, prev1, prev2, prev3);
    if (token.type === 'keyword') this.keyword(token.value, prev1, prev2);
    this.recent.unshift(token);
    this.recent.length = 3;
  }

  private keyword(value: string, prev1: Token | undefined, prev2: Token | undefined): void {
    if (value === 'obj' && prev1?.type === 'number' && prev2?.type === 'number') {
      this.object = freshObject(`${prev2.value} ${prev1.value}`);
      this.depth = 0;
      this.objectDict = undefined;
    } else if (value === 'endobj') {
      if (this.object.key !== undefined)
        this.result.objects.set(this.object.key, summaryOf(this.object, this.objectDict));
      this.object = freshObject();
      this.objectDict = undefined;
    } else if (value === 'stream') {
      this.result.streams.push(skipStream(this.text, this.lexer, this.object));
      this.object.length = undefined;
    }
  }

  /** `/OpenAction` is followed by an array (a destination), a dictionary (an action) or `n g R`. */
  private trackOpenAction(token: Token, prev1: Token | undefined): void {
    const actions = this.result.openActions;
    if (this.expectOpenAction) {
      this.expectOpenAction = false;
      if (token.type === 'punct' && token.value === '[') actions.push({ kind: 'array' });
      else if (token.type === 'punct' && token.value === '<<')
        this.openDict = { depth: this.depth, expectAction: false };
      else if (token.type === 'number') this.pendingRef = token.value;
      else actions.push({ kind: 'other' });
    } else if (this.pendingRef !== undefined && !(token.type === 'number' && prev1?.type === 'number')) {
      const isRef = token.type === 'keyword' && token.value === 'R' && prev1?.type === 'number';
      actions.push(isRef ? { kind: 'ref', ref: `${this.pendingRef} ${prev1.value}` } : { kind: 'other' });
      this.pendingRef = undefined;
    }
    if (this.openDict && watchAction(this.openDict, token, this.depth) === 'closed') {
      const action = this.openDict.action;
      actions.push(action === undefined ? { kind: 'dict' } : { kind: 'dict', action });
      this.openDict = undefined;
    }
  }
}

/**
 * Walks the file's objects: collects names, `/OpenAction` targets and object summaries, and skips
 * stream data using `/Length` (or the `endstream` keyword when the length is indirect or wrong).
 * Throws `PdfSyntaxError` for an unterminated string or stream.
 */
export function readPdfStructure(text: string): PdfStructure {
  const lexer = new PdfLexer(text);
  const walker = new StructureWalker(text, lexer);
  for (let token = lexer.next(); token !== undefined; token = lexer.next()) walker.step(token);
  return walker.result;
}

function summaryStart(token: Token): PdfObjectSummary {
  if (token.type === 'punct' && token.value === '[') return { kind: 'array' };
  if (token.type === 'punct' && token.value === '<<') return { kind: 'dict' };
  return { kind: 'other' };
}

function summaryOf(object: ObjectState, dict: DictWatch | undefined): PdfObjectSummary {
  const first = object.first ?? { kind: 'other' };
  return first.kind === 'dict' && dict?.action !== undefined ? { kind: 'dict', action: dict.action } : first;
}

/** Records the `/S` name at the watched dictionary's own level; says when that dictionary closes. */
function watchAction(watch: DictWatch | undefined, token: Token, depth: number): 'open' | 'closed' | undefined {
  if (!watch) return undefined;
  if (token.type === 'punct' && token.value === '>>' && depth < watch.depth) return 'closed';
  if (watch.expectAction) {
    watch.expectAction = false;
    if (token.type === 'name') watch.action = token.value;
  } else if (token.type === 'name' && token.value === 'S' && depth === watch.depth) {
    watch.expectAction = true;
  }
  return 'open';
}

function trackStreamKeys(
  object: ObjectState,
  token: Token,
  prev1: Token | undefined,
  prev2: Token | undefined,
  prev3: Token | undefined,
): void {
  if (object.filterMode === 'expect') {
    if (token.type === 'name') object.filters.push(token.value);
    object.filterMode = token.type === 'punct' && token.value === '[' ? 'array' : 'none';
  } else if (object.filterMode === 'array') {
    if (token.type === 'name') object.filters.push(token.value);
    else object.filterMode = 'none';
  }
  if (token.type === 'name') {
    if (token.value === 'ObjStm') object.objectStream = true;
    if (token.value === 'Filter') object.filterMode = 'expect';
    if (token.value === 'DecodeParms') object.hasDecodeParms = true;
  }
  if (token.type === 'number' && prev1?.type === 'name' && prev1.value === 'Length') object.length = token.value;
  // `/Length 12 0 R`: the length lives in another object, so the data end is found by keyword.
  const indirect =
    token.type === 'keyword' && token.value === 'R' && prev3?.type === 'name' && prev3.value === 'Length';
  if (indirect && prev1?.type === 'number' && prev2?.type === 'number') object.length = undefined;
}

function skipStream(text: string, lexer: PdfLexer, object: ObjectState): PdfStreamSpan {
  let dataStart = lexer.position;
  if (text.startsWith('\r\n', dataStart)) dataStart += 2;
  else if (text[dataStart] === '\n' || text[dataStart] === '\r') dataStart += 1;
  let dataEnd = -1;
  const length = object.length;
  if (length !== undefined && Number.isInteger(length) && length >= 0 && dataStart + length <= text.length) {
    const after = text.slice(dataStart + length, dataStart + length + 32).trimStart();
    if (after.startsWith('endstream')) dataEnd = dataStart + length;
  }
  if (dataEnd === -1) {
    const keyword = text.indexOf('endstream', dataStart);
    if (keyword === -1) throw new PdfSyntaxError(`unterminated stream at ${dataStart}`);
    dataEnd = keyword;
    while (dataEnd > dataStart && (text[dataEnd - 1] === '\n' || text[dataEnd - 1] === '\r')) dataEnd -= 1;
  }
  lexer.seek(text.indexOf('endstream', dataEnd) + 'endstream'.length);
  return {
    dataStart,
    dataEnd,
    objectStream: object.objectStream,
    filters: [...object.filters],
    hasDecodeParms: object.hasDecodeParms,
  };
}
