import type { Translate } from '../i18n/translate.ts';
import type { ChatController } from './chat-controller.ts';
import { currentUser, type ChatState } from './chat-state.ts';
import { h } from './dom.ts';
import { localPhone } from './user-panel.ts';

function field(id: string, label: string, input: HTMLInputElement): HTMLDivElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/**
 * The answer to a `request_user_info` card (zalo-platform.md §4, §12.4): name, phone and address,
 * filled in from the user and sent as `user_submit_info`.
 */
export function renderShareForm(controller: ChatController, t: Translate) {
  const name = h('input', { id: 'share-name', type: 'text', autocomplete: 'name', required: true });
  const phone = h('input', { id: 'share-phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true });
  const address = h('input', { id: 'share-address', type: 'text', autocomplete: 'street-address' });
  const cancel = h('button', { type: 'button', class: 'button button--small' }, t('share.cancel'));
  const form = h(
    'form',
    { class: 'share-form', hidden: true },
    h(
      'fieldset',
      {},
      h('legend', {}, t('share.legend')),
      field('share-name', t('share.name'), name),
      field('share-phone', t('share.phone'), phone),
      field('share-address', t('share.address'), address),
      h(
        'div',
        { class: 'share-form__actions' },
        h('button', { type: 'submit', class: 'button button--primary button--small' }, t('share.submit')),
        cancel,
      ),
    ),
  );
  let filledFor: string | undefined;

  function open(state: ChatState): void {
    const user = currentUser(state);
    if (user && filledFor !== user.userId) {
      filledFor = user.userId;
      name.value = user.displayName;
      phone.value = user.phone === null ? '' : localPhone(user.phone);
      address.value = '';
    }
    form.hidden = false;
    name.focus();
  }

  cancel.addEventListener('click', () => {
    form.hidden = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    void controller
      .submitInfo({ name: name.value.trim(), phone: phone.value.trim(), address: address.value.trim() })
      .then(() => {
        if (controller.getState().problem === undefined) form.hidden = true;
      });
  });

  function update(state: ChatState): void {
    if (!currentUser(state)?.awaitingInfo) form.hidden = true;
  }
  return { element: form, open, update };
}
