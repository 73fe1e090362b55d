import { describe, expect, it } from 'vitest';
import { classifyType } from './file-types.ts';

const of = (mime: string | undefined, head = '', size = 100) => ({ mime, head, size });

describe('classifyType', () => {
  it.each([
    ['image/jpeg', 'jpeg'],
    ['image/png', 'png'],
    ['image/apng', 'png'],
    ['image/gif', undefined],
    ['image/webp', 'webp'],
    ['application/pdf', 'pdf'],
  ])('%s → %s', (mime, type) => {
    const verdict = classifyType(of(mime), false);
    if (type === undefined) expect(verdict).toEqual({ ok: false, kind: 'unsupported', reason: 'unknown_type' });
    else expect(verdict).toEqual({ ok: true, type });
  });

  it('takes HEIC only where it can be decoded', () => {
    expect(classifyType(of('image/heic'), true)).toEqual({ ok: true, type: 'heif' });
    expect(classifyType(of('image/heif'), false)).toEqual({
      ok: false,
      kind: 'unsupported',
      reason: 'heic_not_supported',
    });
  });

  it('refuses programs by their own reason', () => {
    for (const mime of ['application/x-elf', 'application/x-msdownload', 'application/x-mach-binary']) {
      expect(classifyType(of(mime), true)).toMatchObject({ ok: false, kind: 'unsupported', reason: 'executable' });
    }
    expect(classifyType(of(undefined, '#!/bin/sh\nrm -rf /'), true)).toMatchObject({ reason: 'executable' });
    expect(classifyType(of(undefined, '  <script>alert(1)'), true)).toMatchObject({ reason: 'executable' });
  });

  it('refuses unknown bytes, other formats and empty files', () => {
    expect(classifyType(of(undefined, 'hello'), true)).toMatchObject({ kind: 'unsupported', reason: 'unknown_type' });
    expect(classifyType(of('image/gif'), true)).toMatchObject({ kind: 'unsupported', reason: 'unknown_type' });
    expect(classifyType(of('application/zip'), true)).toMatchObject({ kind: 'unsupported', reason: 'unknown_type' });
    expect(classifyType(of(undefined, '', 0), true)).toEqual({ ok: false, kind: 'rejected', reason: 'empty' });
  });
});
