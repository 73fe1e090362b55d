import type { Translate } from '../i18n/translate.ts';
import type { ChatController } from './chat-controller.ts';
import type { ChatMessage, ChatState } from './chat-state.ts';
import { h } from './dom.ts';

interface ChatViewOptions {
  controller: ChatController;
  t: Translate;
  /** Whether the transport reaches a server; when not, the page says so above the chat. */
  connected: boolean;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function deliveryNote(message: ChatMessage, t: Translate): string | null {
  if (message.kind !== 'text' || message.from !== 'citizen') return null;
  switch (message.delivery) {
    case 'sending':
      return t('message.sending');
    case 'not_sent':
      return t('message.notSent');
    case 'sent':
      return null;
  }
}

function renderMessage(message: ChatMessage, t: Translate): HTMLLIElement {
  const time = h('time', { datetime: message.at.toISOString(), class: 'bubble__time' }, clock.format(message.at));
  if (message.kind === 'notice') {
    return h('li', { class: 'notice' }, t(message.key), ' ', time);
  }
  const note = deliveryNote(message, t);
  const author = t(message.from === 'citizen' ? 'message.fromCitizen' : 'message.fromOa');
  return h(
    'li',
    { class: `bubble bubble--${message.from}` },
    h('span', { class: 'visually-hidden' }, `${author}: `),
    h('span', { class: 'bubble__text' }, message.text),
    h('span', { class: 'bubble__meta' }, time, ...(note ? [' · ', h('span', { class: 'bubble__note' }, note)] : [])),
  );
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
    follow.hidden = state.followed;
    unfollow.hidden = !state.followed;
    status.textContent = state.followed ? `${t('oa.kind')} · ${t('follow.following')}` : t('oa.kind');
  }
  return { header, update };
}

function renderComposer(controller: ChatController, t: Translate): HTMLFormElement {
  const input = h('input', {
    id: 'composer-input',
    class: 'composer__input',
    type: 'text',
    autocomplete: 'off',
    enterkeyhint: 'send',
    placeholder: t('composer.placeholder'),
  });
  const form = h(
    'form',
    { class: 'composer' },
    h('label', { for: 'composer-input', class: 'visually-hidden' }, t('composer.label')),
    input,
    h('button', { type: 'submit', class: 'button button--primary' }, t('composer.send')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    input.focus();
    void controller.send(text);
  });
  return form;
}

/** Builds the phone-shaped chat inside `root` and keeps it in step with the controller. */
export function mountChat(root: HTMLElement, { controller, t, connected }: ChatViewOptions): () => void {
  const { header, update: updateHeader } = renderHeader(controller, t);
  const log = h('ol', { class: 'messages', role: 'log', 'aria-label': t('message.log') });
  const empty = h('p', { class: 'messages__empty' }, t('notice.empty'));
  const banner = connected
    ? null
    : h(
        'p',
        { class: 'sim-banner', role: 'note' },
        h('strong', {}, t('page.notConnected')),
        h('span', {}, t('page.notConnectedHelp')),
      );
  const phone = h('div', { class: 'phone' }, header, ...(banner ? [banner] : []), log, renderComposer(controller, t));
  root.replaceChildren(phone, h('p', { class: 'stage__role' }, t('page.role')));

  function render(state: ChatState): void {
    updateHeader(state);
    log.replaceChildren(...state.messages.map((message) => renderMessage(message, t)));
    if (state.messages.length === 0) log.before(empty);
    else empty.remove();
    log.scrollTop = log.scrollHeight;
  }

  render(controller.getState());
  return controller.subscribe(render);
}
