// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslate } from '../i18n/translate.ts';
import { createChatController } from './chat-controller.ts';
import { mountChat } from './chat-view.ts';
import { createOfflineTransport } from './transport.ts';

function mount() {
  const root = document.createElement('main');
  document.body.append(root);
  const transport = createOfflineTransport();
  const controller = createChatController({ transport, now: () => new Date('2026-01-05T08:15:00+07:00') });
  mountChat(root, { controller, t: createTranslate('vi'), connected: transport.connected });
  return { root, controller };
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('chat page', () => {
  it('says that the simulator is not connected', () => {
    const { root } = mount();
    expect(root.querySelector('[role="note"]')?.textContent).toContain('Trình mô phỏng Zalo — chưa kết nối');
  });

  it('follows and unfollows the Official Account', async () => {
    const { root } = mount();
    expect(button(root, 'Bỏ quan tâm').hidden).toBe(true);

    button(root, 'Quan tâm').click();
    await flush();
    expect(button(root, 'Quan tâm').hidden).toBe(true);
    expect(root.querySelector('[role="log"]')?.textContent).toContain('Bạn đã quan tâm Official Account này.');

    button(root, 'Bỏ quan tâm').click();
    await flush();
    expect(button(root, 'Quan tâm').hidden).toBe(false);
  });

  it('shows what the citizen sends, as text, marked as not sent', async () => {
    const { root } = mount();
    const input = root.querySelector<HTMLInputElement>('#composer-input');
    if (!input) throw new Error('no composer');
    expect(root.querySelector('label[for="composer-input"]')?.textContent).toBe('Tin nhắn');

    input.value = '<b>Tra cứu</b> 000.00.00.H57-260105-0001';
    button(root, 'Gửi').click();
    await flush();

    const bubble = root.querySelector('.bubble--citizen');
    expect(bubble?.querySelector('.bubble__text')?.textContent).toBe('<b>Tra cứu</b> 000.00.00.H57-260105-0001');
    expect(bubble?.querySelector('b')).toBeNull();
    expect(bubble?.textContent).toContain('08:15');
    expect(bubble?.textContent).toContain('Chưa gửi được');
    expect(input.value).toBe('');
  });

  it('ignores a blank message', async () => {
    const { root } = mount();
    button(root, 'Gửi').click();
    await flush();
    expect(root.querySelectorAll('.bubble')).toHaveLength(0);
  });
});
