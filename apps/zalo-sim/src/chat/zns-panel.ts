import type { Translate } from '../i18n/translate.ts';
import { currentUser, type ChatState, type ZnsEntry } from './chat-state.ts';
import { h } from './dom.ts';
import { formatTime } from './message-view.ts';
import { localPhone } from './user-panel.ts';

const day = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit' });

function renderEntry(entry: ZnsEntry, state: ChatState, t: Translate): HTMLLIElement {
  const name = state.templateNames[entry.templateId];
  const title = name === undefined ? entry.templateId : `${name} (${entry.templateId})`;
  return h(
    'li',
    { class: 'zns__item' },
    h('strong', { class: 'card__title' }, t('body.template', { id: title })),
    h(
      'dl',
      { class: 'template__data' },
      ...entry.data.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, value)]),
    ),
    h(
      'span',
      { class: 'bubble__meta' },
      h('time', { datetime: entry.at.toISOString() }, `${day.format(entry.at)} ${formatTime(entry.at)}`),
      ...(entry.mode === 'development' ? [' · ', t('zns.development')] : []),
      ...(entry.trackingId === undefined ? [] : [' · ', t('zns.tracking', { id: entry.trackingId })]),
    ),
  );
}

/** ZNS messages reach a phone number, not the OA chat: they get a panel of their own (§8). */
export function renderZnsPanel(t: Translate) {
  const note = h('p', { class: 'field__help' });
  const list = h('ol', { class: 'zns__list', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'sim-panel zns', 'aria-labelledby': 'zns-title' },
    h('h2', { id: 'zns-title', class: 'sim-panel__title' }, t('zns.title')),
    note,
    list,
  );
  let shown: unknown[] = [];
  function update(state: ChatState): void {
    const user = currentUser(state);
    const inputs = [user?.phone, state.zns, state.templateNames];
    if (inputs.every((input, index) => input === shown[index])) return;
    shown = inputs;
    if (!user) note.textContent = t('zns.noUser');
    else if (user.phone === null) note.textContent = t('zns.noPhone');
    else
      note.textContent = `${t('zns.forPhone', { phone: localPhone(user.phone) })}. ${
        state.zns.length === 0 ? t('zns.empty') : ''
      }`.trim();
    list.replaceChildren(...[...state.zns].reverse().map((entry) => renderEntry(entry, state, t)));
  }
  return { element, update };
}
