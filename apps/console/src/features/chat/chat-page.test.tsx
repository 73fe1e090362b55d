import type { ChatMessageView, ChatThreadSummary, ChatThreadView } from '@motcua/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const CHATS = '/api/v1/tay-ninh/console/chats';
const ID = '0190a1b2-0000-7000-8000-0000000000c1';

const thread: ChatThreadSummary = {
  id: ID,
  channel: 'zalo',
  phone: '84912345678',
  handoff: 'open',
  handoffAt: '2026-11-24T03:00:00.000Z',
  lastMessageAt: '2026-11-24T03:01:00.000Z',
  lastMessage: 'Cho tôi hỏi hồ sơ đất đai cần gì?',
  awaitingReply: true,
};

const messages: ChatMessageView[] = [
  {
    id: 'm1',
    direction: 'in',
    author: 'citizen',
    kind: 'text',
    text: 'Gặp cán bộ',
    delivery: 'received',
    at: '2026-11-24T03:00:00.000Z',
  },
  {
    id: 'm2',
    direction: 'out',
    author: 'bot',
    kind: 'text',
    text: 'Đã chuyển cuộc trò chuyện đến cán bộ.',
    buttons: ['Kết thúc'],
    delivery: 'sent',
    at: '2026-11-24T03:00:01.000Z',
  },
  {
    id: 'm3',
    direction: 'in',
    author: 'citizen',
    kind: 'text',
    text: 'Cho tôi hỏi hồ sơ đất đai cần gì?',
    delivery: 'received',
    at: '2026-11-24T03:01:00.000Z',
  },
];

describe('live chat', () => {
  it('lists handed-off conversations, opens one and sends the officer’s reply', async () => {
    window.location.hash = `#/chats/${ID}`;
    const view: ChatThreadView = { thread, messages };
    const fetchMock = mockFetch(
      signedIn(intakeOfficer, (url, request) => {
        if (url.pathname === CHATS) return { body: { items: [thread], total: 1, page: 1, pageSize: 20 } };
        if (url.pathname === `${CHATS}/${ID}`) return { body: view };
        if (url.pathname === `${CHATS}/${ID}/messages` && request.method === 'POST') {
          const reply: ChatMessageView = {
            id: 'm4',
            direction: 'out',
            author: 'officer',
            officerName: 'Nguyễn Thị Lan',
            kind: 'text',
            text: 'Chào chị, cần giấy chứng nhận.',
            delivery: 'pending',
            at: '2026-11-24T03:02:00.000Z',
          };
          return { status: 201, body: { thread: { ...thread, awaitingReply: false }, messages: [...messages, reply] } };
        }
        return undefined;
      }),
    );
    renderApp();

    expect(await screen.findByRole('menuitem', { name: 'Trò chuyện' }, { timeout: 10_000 })).toBeDefined();
    expect(await screen.findByText('0912345678', {}, { timeout: 10_000 })).toBeDefined();
    expect(screen.getByText('Chờ trả lời')).toBeDefined();
    expect(await screen.findByText('Đã chuyển cuộc trò chuyện đến cán bộ.')).toBeDefined();
    fireEvent.change(screen.getByLabelText('Trả lời'), { target: { value: 'Chào chị, cần giấy chứng nhận.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(await screen.findByText('Chào chị, cần giấy chứng nhận.')).toBeDefined();
    await waitFor(() => {
      const posted = sentRequests(fetchMock).find((r) => r.method === 'POST' && r.url.pathname.endsWith('/messages'));
      expect(posted?.body).toEqual({ text: 'Chào chị, cần giấy chứng nhận.' });
      expect(posted?.headers['x-csrf-token']).toBe('csrf-intake');
    });
  });

  it('is not in the menu of an administrator without dossier roles', async () => {
    window.location.hash = '#/admin';
    mockFetch(signedIn(adminOfficer, () => ({ body: { items: [] } })));
    renderApp();
    await screen.findByRole('menuitem', { name: 'Quản trị' }, { timeout: 10_000 });
    expect(screen.queryByRole('menuitem', { name: 'Trò chuyện' })).toBeNull();
  });
});
