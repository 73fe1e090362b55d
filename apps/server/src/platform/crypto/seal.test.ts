import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { masterKeyProvider } from './key-provider.ts';
import { open, seal } from './seal.ts';

describe('seal / open (AES-256-GCM)', () => {
  const provider = masterKeyProvider(randomBytes(32));
  const a = provider.current('00000000-0000-7000-8000-00000000000a');
  const b = provider.current('00000000-0000-7000-8000-00000000000b');

  it('round-trips and never leaves the plaintext visible', () => {
    const text = Buffer.from('Số căn cước 072195001234');
    const sealed = seal(a.key, text, 'upload:1');
    expect(sealed.includes(text)).toBe(false);
    expect(open(a.key, sealed, 'upload:1').toString()).toBe(text.toString());
  });

  it.each([
    ['another tenant key', () => open(b.key, seal(a.key, Buffer.from('x'), 'c'), 'c')],
    ['another context', () => open(a.key, seal(a.key, Buffer.from('x'), 'c'), 'd')],
    [
      'a flipped bit',
      () => {
        const sealed = seal(a.key, Buffer.from('hello'), 'c');
        sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
        return open(a.key, sealed, 'c');
      },
    ],
  ])('refuses %s', (_name, attempt) => {
    expect(attempt).toThrow();
  });

  it('derives distinct, stable keys per tenant', () => {
    expect(a.key.equals(b.key)).toBe(false);
    expect(provider.current('00000000-0000-7000-8000-00000000000a').key.equals(a.key)).toBe(true);
    expect(provider.byId('00000000-0000-7000-8000-00000000000a', a.id).key.equals(a.key)).toBe(true);
    expect(() => provider.byId('x', 'other')).toThrow();
  });
});
