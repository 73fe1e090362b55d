import { describe, expect, it } from 'vitest';
import { elfHeader, peHeader, pseudoRandomBytes, storedZip } from '../test/archives.ts';
import { findEmbeddedPayload } from './embedded-payloads.ts';

const jpegLike = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  pseudoRandomBytes(4096),
  Buffer.from([0xff, 0xd9]),
]);

describe('findEmbeddedPayload', () => {
  it('finds a ZIP appended after the image', () => {
    const polyglot = Buffer.concat([jpegLike, storedZip('run.sh', Buffer.from('#!/bin/sh\n'))]);
    expect(findEmbeddedPayload(polyglot)).toEqual({ kind: 'zip', offset: jpegLike.length });
  });

  it('finds a ZIP end record alone (archive tools read a ZIP from its end)', () => {
    const zip = storedZip('a.txt', Buffer.from('x'));
    const endOnly = Buffer.concat([jpegLike, zip.subarray(zip.length - 22)]);
    expect(findEmbeddedPayload(endOnly)?.kind).toBe('zip');
  });

  it('finds a ZIP embedded in the middle (e.g. in a metadata block)', () => {
    const middle = Buffer.concat([jpegLike.subarray(0, 100), storedZip('a', Buffer.from('b')), jpegLike.subarray(100)]);
    expect(findEmbeddedPayload(middle)).toEqual({ kind: 'zip', offset: 100 });
  });

  it.each([
    ['elf', elfHeader()],
    ['pe', peHeader()],
    ['mach-o', Buffer.from('cffaedfe0c000001000000000000000000000000', 'hex')],
    ['rar', Buffer.from('526172211a0701000000', 'hex')],
    ['7z', Buffer.from('377abcaf271c00040000', 'hex')],
    ['pdf', Buffer.from('%PDF-1.7\n1 0 obj', 'latin1')],
    ['script', Buffer.from('<SCRIPT>alert(1)</script>', 'latin1')],
    ['script', Buffer.from('<?php system($_GET["c"]); ?>', 'latin1')],
  ])('finds an embedded %s', (kind, payload) => {
    expect(findEmbeddedPayload(Buffer.concat([jpegLike, payload]))).toEqual({ kind, offset: jpegLike.length });
  });

  it('needs more than the magic number: bare signatures with impossible headers are chance, not files', () => {
    const chance = Buffer.concat([
      jpegLike,
      Buffer.from('504b0304ffffffff', 'hex'),
      Buffer.from('4d5a0000', 'hex'),
      Buffer.from('7f454c46090909', 'hex'),
      Buffer.from('cafebabe00000033', 'hex'),
    ]);
    expect(findEmbeddedPayload(chance)).toBeUndefined();
  });

  it('finds nothing in 16 MB of compressed-looking data', () => {
    expect(findEmbeddedPayload(pseudoRandomBytes(16 * 1024 * 1024))).toBeUndefined();
  });

  it('lets a PDF mention its own header again', () => {
    const pdf = Buffer.from('%PDF-1.4\n...%PDF-1.4 again\n%%EOF', 'latin1');
    expect(findEmbeddedPayload(pdf, { allow: ['pdf'] })).toBeUndefined();
    expect(findEmbeddedPayload(pdf)?.kind).toBe('pdf');
  });
});
