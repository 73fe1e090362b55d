import type { ChatMessageView, ChatThreadSummary } from '@motcua/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { broadcast } from '../features/broadcasts/fixtures.ts';
import { birthRegistration } from '../test/catalog-fixtures.ts';
import { DOSSIER_CODE, dossier, inboxItem } from '../test/dossier-fixtures.ts';
import { mockFetch } from '../test/mock-fetch.ts';
import { adminOfficer, intakeOfficer, signedIn } from '../test/officers.ts';
import { renderApp } from '../test/render-app.tsx';

/**
 * Free text from citizens and officers, as the server stores it (verbatim), carrying markup and
 * SQL. The console must show each as text: no element, attribute or URL of the payload may become
 * part of the page.
 */
const P = {
  name: `Lê Văn A<img src=x onerror="window.__xss=1">`,
  address: `1 Đường "><script>window.__xss=2</script>`,
  child: `Bảo An<svg onload="window.__xss=3"></svg>`,
  reason: `Chuyển thẩm định <iframe src="javascript:window.__xss=4"></iframe>'; DROP TABLE applications; --`,
  document: `Giấy chứng sinh <b onmouseover="window.__xss=5">mờ</b>`,
  chat: `Cho hỏi <a href="javascript:window.__xss=6">bấm</a> nhé`,
  broadcastTitle: `Thông báo <script>window.__xss=7</script>`,
  broadcastBody: `Nghỉ lễ <img src=x onerror="window.__xss=8">`,
  procedure: `Đăng ký khai sinh <object data="javascript:window.__xss=9"></object>`,
};

/** What React puts in place of a `javascript:` URL given to `href` (inert: it only throws). */
const REACT_BLOCKED = "javascript:throw new Error('React has blocked a javascript: URL";

/** Elements, event handlers and script URLs that should never be in the page. */
function injected(): string[] {
  const found: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed'].includes(tag)) found.push(tag);
    if (tag === 'img' && element.getAttribute('src') === 'x') found.push('img[src=x]');
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      const value = element.getAttribute(name) ?? '';
      if (/^\s*javascript:/i.test(value) && !value.startsWith(REACT_BLOCKED)) found.push(`${tag}[${name}=javascript:]`);
    }
  }
  return found;
}

async function expectShownAsText(payloads: readonly string[]): Promise<void> {
  for (const payload of payloads) {
    await screen.findAllByText((_content, element) => element?.textContent === payload, {}, { timeout: 10_000 });
  }
  expect(injected()).toEqual([]);
  expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
}

const API = '/api/v1/tay-ninh';

describe('free text is shown as text, never as markup', () => {
  it('in a dossier: applicant, e-form answers, documents and the timeline', async () => {
    const child = { ...((dossier.form as Record<string, unknown>)['child'] as object), fullName: P.child };
    const poisoned = {
      ...dossier,
      applicant: { ...dossier.applicant, fullName: P.name, address: P.address },
      form: { ...(dossier.form as object), child },
      documents: dossier.documents.map((d) => ({ ...d, documentName: P.document })),
      timeline: dossier.timeline.map((t) => (t.action === 'transfer' ? { ...t, reason: P.reason } : t)),
    };
    window.location.hash = `#/applications/${DOSSIER_CODE}`;
    mockFetch(
      signedIn(intakeOfficer, (url) =>
        url.pathname === `${API}/console/applications/${DOSSIER_CODE}` ? { body: poisoned } : undefined,
      ),
    );
    renderApp();
    await expectShownAsText([P.name, P.address, P.child, P.document]);
    expect(document.body.textContent).toContain(P.reason);
    expect(injected()).toEqual([]);
  });

  it('in the inbox', async () => {
    window.location.hash = '#/applications';
    const item = { ...inboxItem, applicantName: P.name, procedureName: P.procedure };
    mockFetch(
      signedIn(intakeOfficer, (url) => {
        if (url.pathname === `${API}/console/applications`) return { body: { items: [item], total: 1, counts: {} } };
        if (url.pathname === `${API}/procedures`) return { body: { items: [], total: 0 } };
        return undefined;
      }),
    );
    renderApp();
    await expectShownAsText([P.procedure]);
  });

  it('in the live chat', async () => {
    const id = '0190a1b2-0000-7000-8000-0000000000c9';
    const thread: ChatThreadSummary = {
      id,
      channel: 'zalo',
      handoff: 'open',
      handoffAt: '2026-11-24T03:00:00.000Z',
      lastMessageAt: '2026-11-24T03:01:00.000Z',
      lastMessage: P.chat,
      awaitingReply: true,
    };
    const message: ChatMessageView = {
      id: 'm1',
      direction: 'in',
      author: 'citizen',
      kind: 'text',
      text: P.chat,
      delivery: 'received',
      at: '2026-11-24T03:01:00.000Z',
    };
    window.location.hash = `#/chats/${id}`;
    mockFetch(
      signedIn(intakeOfficer, (url) => {
        if (url.pathname === `${API}/console/chats`)
          return { body: { items: [thread], total: 1, page: 1, pageSize: 20 } };
        if (url.pathname === `${API}/console/chats/${id}`) return { body: { thread, messages: [message] } };
        return undefined;
      }),
    );
    renderApp();
    await expectShownAsText([P.chat]);
  });

  it('in an announcement, with a script URL as its link', async () => {
    const item = broadcast({
      id: '44444444-4444-4444-8444-444444444444',
      title: P.broadcastTitle,
      body: P.broadcastBody,
      kind: 'link',
      media: { url: 'javascript:window.__xss=10', title: P.broadcastTitle },
      status: 'sent',
    });
    window.location.hash = `#/admin/broadcasts/${item.id}`;
    mockFetch(
      signedIn(adminOfficer, (url) => {
        if (url.pathname === `${API}/console/admin/broadcasts`) return { body: { items: [item] } };
        if (url.pathname === `${API}/console/admin/broadcasts/${item.id}`) return { body: item };
        if (url.pathname === `${API}/console/admin/units`) return { body: { items: [] } };
        return undefined;
      }),
    );
    renderApp();
    await expectShownAsText([P.broadcastTitle, P.broadcastBody]);
  });

  it('in the procedure catalogue', async () => {
    window.location.hash = '#/catalog';
    mockFetch(
      signedIn(intakeOfficer, (url) =>
        url.pathname === `${API}/procedures`
          ? { body: { items: [{ ...birthRegistration, name: P.procedure }], total: 1 } }
          : undefined,
      ),
    );
    renderApp();
    await expectShownAsText([P.procedure]);
  });
});
