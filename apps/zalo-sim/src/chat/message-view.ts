import type { Translate } from '../i18n/translate.ts';
import type { ChatButton, ChatMessage, MessageBody } from './chat-state.ts';
import { h } from './dom.ts';

export interface MessageViewActions {
  tap(msgId: string, index: number): void;
  /** Opens the share-info form of a `request_user_info` card. */
  share(): void;
}

export interface MessageViewContext {
  t: Translate;
  actions: MessageViewActions;
  /** The id of the `request_user_info` card the citizen can still answer. */
  answerableCardId: string | undefined;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatTime(at: Date): string {
  return Number.isNaN(at.getTime()) ? '' : clock.format(at);
}

const urlPattern = /https?:\/\/[^\s<>"]+/g;

/** Text with its web addresses as links that open in a new tab; everything else stays text. */
export function linkify(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url));
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function newTabLink(href: string, label: string, t: Translate, className?: string): HTMLAnchorElement {
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener noreferrer', ...(className ? { class: className } : {}) },
    label,
    h('span', { class: 'visually-hidden' }, ` ${t('body.opensInNewTab')}`),
  );
}

function templateTable(data: readonly (readonly [string, string])[]): HTMLDListElement {
  return h(
    'dl',
    { class: 'template__data' },
    ...data.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, value)]),
  );
}

function renderBody(body: MessageBody, t: Translate): Node[] {
  switch (body.kind) {
    case 'text':
      return [h('span', { class: 'bubble__text' }, ...linkify(body.text))];
    case 'image':
      return [
        h('img', { class: 'bubble__image', src: body.url, alt: body.caption ?? t('body.image') }),
        ...(body.caption === undefined ? [] : [h('span', { class: 'bubble__text' }, ...linkify(body.caption))]),
      ];
    case 'sticker':
      return [h('span', { class: 'bubble__text' }, t('body.sticker'))];
    case 'file': {
      const size = body.size === undefined ? '' : ` · ${t('body.fileSize', { size: Math.ceil(body.size / 1024) })}`;
      return [
        h(
          'span',
          { class: 'bubble__file' },
          h('span', { 'aria-hidden': 'true' }, '📄 '),
          newTabLink(body.url, body.name ?? t('body.file'), t),
          size,
        ),
      ];
    }
    case 'location':
      return [
        h(
          'span',
          { class: 'bubble__text' },
          h('span', { 'aria-hidden': 'true' }, '📍 '),
          t('body.location', { latitude: body.latitude, longitude: body.longitude }),
        ),
      ];
    case 'list':
      return [
        ...(body.text === undefined ? [] : [h('span', { class: 'bubble__text' }, ...linkify(body.text))]),
        h(
          'ul',
          { class: 'list' },
          ...body.items.map((item) =>
            h(
              'li',
              { class: 'list__item' },
              ...(item.imageUrl === undefined ? [] : [h('img', { class: 'list__image', src: item.imageUrl, alt: '' })]),
              h(
                'span',
                { class: 'list__texts' },
                item.url === undefined
                  ? h('strong', {}, item.title)
                  : newTabLink(item.url, item.title, t, 'list__title'),
                ...(item.subtitle === undefined ? [] : [h('span', { class: 'list__subtitle' }, item.subtitle)]),
              ),
            ),
          ),
        ),
      ];
    case 'request_user_info':
      return [
        ...(body.imageUrl === undefined ? [] : [h('img', { class: 'bubble__image', src: body.imageUrl, alt: '' })]),
        h('strong', { class: 'card__title' }, body.title),
        h('span', { class: 'bubble__text' }, body.subtitle),
      ];
    case 'shared_info':
      return [h('span', { class: 'bubble__text' }, t('body.sharedInfo', { text: body.text }))];
    case 'template':
      return [
        h('strong', { class: 'card__title' }, t('body.template', { id: body.templateId })),
        templateTable(body.data),
      ];
    case 'unknown':
      return [h('span', { class: 'bubble__text' }, t('body.unknown', { name: body.name }))];
  }
}

function tapButton(title: string, onTap: () => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: 'button button--small' }, title);
  element.addEventListener('click', onTap);
  return element;
}

/** Query buttons post a tap; links also tell the OA about the tap (it is an interaction, §6). */
function renderButton(button: ChatButton, onTap: () => void, t: Translate): HTMLElement {
  const { action } = button;
  let href: string;
  switch (action.type) {
    case 'query':
      return tapButton(button.title, onTap);
    case 'url':
      href = action.url;
      break;
    case 'phone':
      href = `tel:${action.phone}`;
      break;
    case 'sms':
      href = `sms:${action.phone}${action.content === '' ? '' : `?body=${encodeURIComponent(action.content)}`}`;
      break;
  }
  const link = newTabLink(href, button.title, t, 'button button--small');
  link.addEventListener('click', onTap);
  return link;
}

function renderButtons(message: Extract<ChatMessage, { kind: 'oa' }>, context: MessageViewContext): Node[] {
  const { t, actions } = context;
  const buttons = message.buttons.map((button, index) => renderButton(button, () => actions.tap(message.id, index), t));
  if (message.body.kind === 'request_user_info') {
    if (context.answerableCardId === message.id) buttons.push(tapButton(t('share.open'), () => actions.share()));
    else buttons.push(h('span', { class: 'bubble__note' }, t('share.answered')));
  }
  if (buttons.length === 0) return [];
  return [h('div', { class: 'bubble__buttons', role: 'group', 'aria-label': t('body.buttons') }, ...buttons)];
}

function metaOf(message: Exclude<ChatMessage, { kind: 'notice' }>, t: Translate): Node {
  const time = h('time', { datetime: message.at.toISOString(), class: 'bubble__time' }, formatTime(message.at));
  let note: HTMLElement | undefined;
  if (message.kind === 'citizen') {
    switch (message.delivery) {
      case 'sending':
        note = h('span', {}, t('message.sending'));
        break;
      case 'sent':
        note = h('span', { class: 'tick' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('message.sent'));
        break;
      case 'not_sent':
        note = h(
          'span',
          { class: 'bubble__problem' },
          message.problem === undefined
            ? t('message.notSent')
            : t('message.notSentBecause', { reason: message.problem }),
        );
        break;
    }
  } else if (message.status !== undefined) {
    const ticks = message.status === 'sent' ? '✓ ' : '✓✓ ';
    note = h(
      'span',
      { class: `tick tick--${message.status}` },
      h('span', { 'aria-hidden': 'true' }, ticks),
      t(`status.${message.status}`),
    );
  }
  return h('span', { class: 'bubble__meta' }, time, ...(note ? [' · ', note] : []));
}

/** One line of the conversation, drawn by the kind of message (zalo-platform.md §4). */
export function renderMessage(message: ChatMessage, context: MessageViewContext): HTMLLIElement {
  const { t } = context;
  if (message.kind === 'notice') {
    const time = h('time', { datetime: message.at.toISOString(), class: 'bubble__time' }, formatTime(message.at));
    return h('li', { class: 'notice' }, t(message.key), ' ', time);
  }
  const author = t(message.kind === 'citizen' ? 'message.fromCitizen' : 'message.fromOa');
  const card = ['request_user_info', 'template', 'list'].includes(message.body.kind) ? ' bubble--card' : '';
  return h(
    'li',
    { class: `bubble bubble--${message.kind}${card}`, 'data-kind': message.body.kind },
    h('span', { class: 'visually-hidden' }, `${author}: `),
    ...renderBody(message.body, t),
    ...(message.kind === 'oa' ? renderButtons(message, context) : []),
    metaOf(message, t),
  );
}
