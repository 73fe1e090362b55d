import { describe, expect, it } from 'vitest';
import { readTrackLink, withoutTrackParams } from './deep-link.ts';

describe('tracking links', () => {
  it('reads what the QR redirect sends', () => {
    expect(readTrackLink('?track=000.20.01.H53-260712-0001&key=K7M2QX9PAB&tenant=binh-thuan', 'tay-ninh')).toEqual({
      code: '000.20.01.H53-260712-0001',
      key: 'K7M2QX9PAB',
      tenant: 'binh-thuan',
    });
  });

  it('needs both code and key, and refuses a malformed province', () => {
    expect(readTrackLink('?track=X', 'tay-ninh')).toBeNull();
    expect(readTrackLink('?track=X&key=Y&tenant=../x', 'tay-ninh')?.tenant).toBe('tay-ninh');
  });

  it('takes the key out of the address and keeps other parameters', () => {
    expect(withoutTrackParams({ pathname: '/', search: '?track=X&key=Y&tenant=t&procedure=1.001193', hash: '' })).toBe(
      '/?procedure=1.001193',
    );
  });
});
