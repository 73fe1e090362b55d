import { describe, expect, it, vi } from 'vitest';
import { pickFile } from './pick-file.ts';

function chooserOpened(): HTMLInputElement {
  const input = document.body.querySelector('input[type=file]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

describe('web file picker', () => {
  it('opens the camera for photos and hands back the chosen file', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const picking = pickFile('camera');
    const input = chooserOpened();
    expect(input.accept).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    const file = new File([new Uint8Array([1])], 'anh.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    expect(await picking).toEqual({ blob: file, name: 'anh.jpg' });
    expect(document.body.querySelector('input[type=file]')).toBeNull();
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('lets the gallery pick a PDF too, and answers null when cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const picking = pickFile('gallery');
    const input = chooserOpened();
    expect(input.accept).toBe('image/*,application/pdf');
    expect(input.hasAttribute('capture')).toBe(false);
    input.dispatchEvent(new Event('cancel'));
    expect(await picking).toBeNull();
  });
});
