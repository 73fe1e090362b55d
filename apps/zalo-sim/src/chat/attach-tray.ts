import type { Translate } from '../i18n/translate.ts';
import type { ChatController } from './chat-controller.ts';
import { h } from './dom.ts';
import { maxPickedBytes, readPickedFile } from './files.ts';
import type { PickedFile } from './transport.ts';

/** Places a tester often needs; any other is typed in. */
export const locationPresets: readonly { label: string; latitude: number; longitude: number }[] = [
  { label: 'Tây Ninh', latitude: 11.3101, longitude: 106.0983 },
  { label: 'Hà Nội', latitude: 21.0285, longitude: 105.8542 },
  { label: 'TP. Hồ Chí Minh', latitude: 10.7769, longitude: 106.7009 },
];

function pickButton(
  id: string,
  label: string,
  accept: string,
  onPicked: (file: PickedFile) => void,
  onProblem: (problem: string) => void,
  t: Translate,
): HTMLElement {
  // A visible label styled as a button opens the picker; the input stays focusable for keyboards.
  const input = h('input', { id, type: 'file', accept, class: 'picker__input' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void readPickedFile(file).then((outcome) => {
      if (outcome.ok) onPicked(outcome.file);
      else
        onProblem(
          outcome.reason === 'too_large'
            ? t('attach.tooLarge', { size: Math.floor(maxPickedBytes / 1024) })
            : t('attach.unreadable'),
        );
    });
  });
  return h('span', { class: 'picker' }, input, h('label', { for: id, class: 'button button--small' }, label));
}

function renderLocationForm(controller: ChatController, t: Translate, onSent: () => void): HTMLFormElement {
  const latitude = h('input', { id: 'location-latitude', type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const longitude = h('input', { id: 'location-longitude', type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const preset = h(
    'select',
    { id: 'location-preset' },
    h('option', { value: '' }, t('attach.presetNone')),
    ...locationPresets.map((place, index) => h('option', { value: String(index) }, place.label)),
  );
  preset.addEventListener('change', () => {
    const place = locationPresets[Number(preset.value)];
    if (preset.value === '' || !place) return;
    latitude.value = String(place.latitude);
    longitude.value = String(place.longitude);
  });
  const form = h(
    'form',
    { class: 'location-form', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, t('attach.location')),
      h('div', { class: 'field' }, h('label', { for: 'location-preset' }, t('attach.preset')), preset),
      h(
        'div',
        { class: 'field-row' },
        h('div', { class: 'field' }, h('label', { for: 'location-latitude' }, t('attach.latitude')), latitude),
        h('div', { class: 'field' }, h('label', { for: 'location-longitude' }, t('attach.longitude')), longitude),
      ),
      h('button', { type: 'submit', class: 'button button--small' }, t('attach.sendLocation')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const lat = Number(latitude.value.replace(',', '.'));
    const long = Number(longitude.value.replace(',', '.'));
    const valid =
      latitude.value.trim() !== '' && longitude.value.trim() !== '' && Math.abs(lat) <= 90 && Math.abs(long) <= 180;
    if (!valid || Number.isNaN(lat) || Number.isNaN(long)) {
      controller.showProblem(t('attach.badLocation'));
      latitude.focus();
      return;
    }
    onSent();
    void controller.sendLocation(lat, long);
  });
  return form;
}

/**
 * Photo, receipt QR, file and location: what the "+" of Zalo's composer offers. Like Zalo's, the
 * tray closes once something is sent, so the conversation (and the OA's answer) shows again.
 */
export function renderAttachTray(controller: ChatController, t: Translate): HTMLDetailsElement {
  const caption = h('input', { id: 'photo-caption', type: 'text', autocomplete: 'off' });
  const problem = (text: string): void => {
    controller.showProblem(text);
  };
  const close = (): void => {
    tray.open = false;
  };
  const photo = pickButton(
    'pick-photo',
    t('attach.photo'),
    'image/jpeg,image/png',
    (file) => {
      const text = caption.value.trim();
      caption.value = '';
      close();
      void controller.sendImage(file, text === '' ? undefined : text);
    },
    problem,
    t,
  );
  const qr = pickButton(
    'pick-qr',
    t('attach.qr'),
    'image/jpeg,image/png',
    (file) => {
      close();
      void controller.sendImage(file, t('attach.qr'));
    },
    problem,
    t,
  );
  const file = pickButton(
    'pick-file',
    t('attach.file'),
    '.pdf,.doc,.docx,application/pdf',
    (picked) => {
      close();
      void controller.sendFile(picked);
    },
    problem,
    t,
  );
  const tray = h(
    'details',
    { class: 'attach' },
    h('summary', { class: 'attach__summary' }, t('attach.open')),
    h(
      'div',
      { class: 'attach__body' },
      h('div', { class: 'field' }, h('label', { for: 'photo-caption' }, t('attach.caption')), caption),
      h('div', { class: 'attach__pickers' }, photo, qr, file),
      h('p', { class: 'field__help' }, t('attach.qrHelp')),
      renderLocationForm(controller, t, close),
    ),
  );
  return tray;
}
