import type { Translate } from '../i18n/translate.ts';
import { renderAttachTray } from './attach-tray.ts';
import type { ChatController } from './chat-controller.ts';
import { currentUser, type ChatMessage, type ChatState } from './chat-state.ts';
import { h } from './dom.ts';
import { renderMessage, type MessageViewContext } from './message-view.ts';
import { renderShareForm } from './share-form.ts';
import { renderUserPanel } from './user-panel.ts';
import { renderZnsPanel } from './zns-panel.ts';

interface ChatViewOptions {
  controller: ChatController;
  t: Translate;
}

function renderHeader(controller: ChatController, t: Translate) {
  const follow = h('button', { type: 'button', class: 'button button--primary' }, t('follow.follow'));
  const unfollow = h('button', { type: 'button', class: 'button' }, t('follow.unfollow'));
  follow.addEventListener('click', () => {
    void controller.follow();
  });
  unfollow.addEventListener('click', () => {
    void controller.unfollow();
  });
  const status = h('span', { class: 'oa__status' });
  const header = h(
    'header',
    { class: 'phone__header' },
    h('span', { class: 'oa__avatar', 'aria-hidden': 'true' }, 'MC'),
    h('div', { class: 'oa__names' }, h('h1', { class: 'oa__name' }, t('oa.name')), status),
    h('span', { class: 'oa__actions' }, follow, unfollow),
  );
  function update(state: ChatState): void {
    const user = currentUser(state);
    follow.hidden = !user || user.isFollower;
    unfollow.hidden = !user?.isFollower;
    status.textContent = user?.isFollower ? `${t('oa.kind')} · ${t('follow.following')}` : t('oa.kind');
  }
  return { header, update };
}

function renderComposer(controller: ChatController, t: Translate) {
  const input = h('input', {
    id: 'composer-input',
    class: 'composer__input',
    type: 'text',
    autocomplete: 'off',
    enterkeyhint: 'send',
    maxlength: '2000',
    placeholder: t('composer.placeholder'),
  });
  const send = h('button', { type: 'submit', class: 'button button--primary' }, t('composer.send'));
  const form = h(
    'form',
    { class: 'composer' },
    h('label', { for: 'composer-input', class: 'visually-hidden' }, t('composer.label')),
    input,
    send,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    input.focus();
    void controller.send(text);
  });
  function update(state: ChatState): void {
    const disabled = currentUser(state) === undefined;
    input.disabled = disabled;
    send.disabled = disabled;
  }
  return { form, update };
}

function renderBanner(t: Translate) {
  const title = h('strong', {});
  const help = h('span', {});
  const banner = h('p', { class: 'sim-banner', role: 'status' }, title, help);
  function update(state: ChatState): void {
    banner.hidden = state.connection === 'online';
    title.textContent = state.connection === 'offline' ? t('page.offline') : t('page.connecting');
    help.textContent = state.connection === 'offline' ? t('page.offlineHelp') : '';
  }
  return { banner, update };
}

/** The card the citizen can still answer: the last one, while the OA waits for an answer. */
function answerableCard(state: ChatState): string | undefined {
  if (!currentUser(state)?.awaitingInfo) return undefined;
  return state.messages.findLast((message) => message.kind === 'oa' && message.body.kind === 'request_user_info')?.id;
}

/** Puts `nodes` in `parent` in order, moving only what changed, so focus inside stays put. */
function syncChildren(parent: HTMLElement, nodes: readonly Node[]): void {
  nodes.forEach((node, index) => {
    if (parent.childNodes[index] !== node) parent.insertBefore(node, parent.childNodes[index] ?? null);
  });
  while (parent.childNodes.length > nodes.length) parent.lastChild?.remove();
}

/**
 * The conversation: a live log (new messages are announced) around a list of messages. The log role
 * sits on a frame of its own, because on the list itself it would take away the list semantics its
 * items need.
 */
function renderLog(context: Omit<MessageViewContext, 'answerableCardId'>) {
  const list = h('ol', { class: 'messages' });
  const log = h('div', { class: 'messages-frame', role: 'log', 'aria-label': context.t('message.log') }, list);
  const cache = new WeakMap<ChatMessage, { node: HTMLLIElement; answerable: boolean }>();
  let count = 0;
  function update(state: ChatState): void {
    const answerableCardId = answerableCard(state);
    const nodes = state.messages.map((message) => {
      const answerable = message.id === answerableCardId;
      const cached = cache.get(message);
      if (cached?.answerable === answerable) return cached.node;
      const node = renderMessage(message, { ...context, answerableCardId });
      cache.set(message, { node, answerable });
      return node;
    });
    syncChildren(list, nodes);
    if (nodes.length > count) list.scrollTop = list.scrollHeight;
    count = nodes.length;
  }
  return { log, update };
}

/** Builds the page inside `root` (user panel, phone-shaped chat, ZNS panel) and keeps it in step. */
export function mountChat(root: HTMLElement, { controller, t }: ChatViewOptions): () => void {
  const { header, update: updateHeader } = renderHeader(controller, t);
  const { banner, update: updateBanner } = renderBanner(t);
  const { form: composer, update: updateComposer } = renderComposer(controller, t);
  const users = renderUserPanel(controller, t);
  const zns = renderZnsPanel(t);
  const share = renderShareForm(controller, t);
  const attach = renderAttachTray(controller, t);
  const { log, update: updateLog } = renderLog({
    t,
    actions: {
      tap: (msgId, index) => void controller.tap(msgId, index),
      share: () => {
        share.open(controller.getState());
      },
    },
  });
  const problem = h('p', { class: 'sim-problem', role: 'alert' });
  const empty = h('p', { class: 'messages__empty' });
  const phone = h('div', { class: 'phone' }, header, banner, problem, empty, log, share.element, attach, composer);
  root.replaceChildren(
    h('div', { class: 'stage__columns' }, users.element, phone, zns.element),
    h('p', { class: 'stage__role' }, t('page.role')),
  );

  function render(state: ChatState): void {
    const user = currentUser(state);
    updateHeader(state);
    updateBanner(state);
    updateComposer(state);
    users.update(state);
    zns.update(state);
    share.update(state);
    updateLog(state);
    attach.hidden = user === undefined;
    problem.hidden = state.problem === undefined;
    problem.textContent = state.problem === undefined ? '' : t('problem.failed', { reason: state.problem });
    empty.hidden = state.messages.length > 0;
    empty.textContent = user === undefined ? t('notice.noUser') : t('notice.empty');
  }

  const onVisible = (): void => {
    if (document.visibilityState === 'visible') void controller.reportSeen();
  };
  document.addEventListener('visibilitychange', onVisible);
  render(controller.getState());
  const unsubscribe = controller.subscribe(render);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
