import type { Translate } from '../i18n/translate.ts';
import type { ChatController } from './chat-controller.ts';
import type { ChatState } from './chat-state.ts';
import { h } from './dom.ts';
import type { SimUser } from './transport.ts';

/** `84912345678` → `0912345678`, as people write Vietnamese numbers. */
export function localPhone(phone: string): string {
  return phone.startsWith('84') ? `0${phone.slice(2)}` : phone;
}

function userLabel(user: SimUser, t: Translate): string {
  return `${user.displayName} · ${user.phone === null ? t('user.noPhone') : localPhone(user.phone)}`;
}

function field(id: string, label: string, input: HTMLInputElement, help?: string): HTMLDivElement {
  if (help !== undefined) input.setAttribute('aria-describedby', `${id}-help`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    ...(help === undefined ? [] : [h('small', { id: `${id}-help`, class: 'field__help' }, help)]),
  );
}

function renderCreateForm(controller: ChatController, t: Translate): HTMLDetailsElement {
  const name = h('input', { id: 'new-user-name', type: 'text', autocomplete: 'name' });
  const phone = h('input', { id: 'new-user-phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel' });
  const miniApp = h('input', { id: 'new-user-mini-app', type: 'text', autocomplete: 'off' });
  const follow = h('input', { id: 'new-user-follow', type: 'checkbox', checked: true });
  const problem = h('p', { class: 'field__problem', role: 'alert' });
  const form = h(
    'form',
    { class: 'user-form', novalidate: true },
    field('new-user-name', t('user.name'), name),
    field('new-user-phone', t('user.phone'), phone),
    field('new-user-mini-app', t('user.miniApp'), miniApp, t('user.miniAppHelp')),
    h('div', { class: 'field field--check' }, follow, h('label', { for: 'new-user-follow' }, t('user.followNow'))),
    problem,
    h('button', { type: 'submit', class: 'button button--primary' }, t('user.submit')),
  );
  const details = h('details', { class: 'user-create' }, h('summary', {}, t('user.create')), form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = { name: name.value.trim(), phone: phone.value.trim(), miniAppUserId: miniApp.value.trim() };
    if (input.name === '' && input.miniAppUserId === '') {
      problem.textContent = t('user.nameRequired');
      name.focus();
      return;
    }
    problem.textContent = '';
    void controller
      .createUser({
        ...(input.name === '' ? {} : { name: input.name }),
        ...(input.phone === '' ? {} : { phone: input.phone }),
        ...(input.miniAppUserId === '' ? {} : { miniAppUserId: input.miniAppUserId }),
        follow: follow.checked,
      })
      .then(() => {
        if (controller.getState().problem !== undefined) return;
        form.reset();
        details.open = false;
      });
  });
  return details;
}

/** Who the person plays: one of the simulator's users, or a new one. */
export function renderUserPanel(controller: ChatController, t: Translate) {
  const select = h('select', { id: 'user-select' });
  select.addEventListener('change', () => {
    void controller.selectUser(select.value === '' ? undefined : select.value);
  });
  const autoReport = h('input', { id: 'auto-report', type: 'checkbox', checked: true });
  autoReport.addEventListener('change', () => {
    controller.setAutoReport(autoReport.checked);
  });
  const element = h(
    'section',
    { class: 'sim-panel', 'aria-labelledby': 'user-panel-title' },
    h('h2', { id: 'user-panel-title', class: 'sim-panel__title' }, t('user.legend')),
    h('div', { class: 'field' }, h('label', { for: 'user-select' }, t('user.pick')), select),
    renderCreateForm(controller, t),
    h('div', { class: 'field field--check' }, autoReport, h('label', { for: 'auto-report' }, t('user.autoReport'))),
  );
  let shown = '';
  function update(state: ChatState): void {
    const key = JSON.stringify([state.userId, state.users.map((user) => userLabel(user, t))]);
    if (key === shown) return;
    shown = key;
    select.replaceChildren(
      h('option', { value: '' }, t('user.none')),
      ...state.users.map((user) =>
        h('option', { value: user.userId, selected: user.userId === state.userId }, userLabel(user, t)),
      ),
    );
    select.value = state.userId ?? '';
  }
  return { element, update };
}
