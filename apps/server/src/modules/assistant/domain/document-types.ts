import { fold } from './fold.ts';

/**
 * What a document slot asks for, as far as a photo can tell: an ID card (read and its fields
 * proposed), a paper with text (checked to have text), or a picture (a portrait photo: nothing to
 * check).
 */
export type SlotExpectation = 'id_card' | 'text' | 'picture';

/** Slot keys that are an ID card (Căn cước / CCCD / CMND, or "giấy tờ tùy thân" that is usually one). */
const ID_CARD_KEYS = new Set([
  'id_card',
  'cccd',
  'can-cuoc',
  'can-cuoc-cong-dan',
  'the-can-cuoc',
  'cmnd',
  'giay-to-tuy-than',
]);

/** How ID-card slots' names start, folded ("Bản sao thẻ căn cước…", "Giấy tờ tùy thân có ảnh…"). */
const ID_CARD_NAME = /^(ban sao |ban chup |anh chup )?(the )?(can cuoc|cccd|cmnd|chung minh nhan dan|giay to tuy than)/;

/** Portrait photographs ("Ảnh 4x6", "02 ảnh chân dung"): a picture, no text expected. */
const PICTURE_NAME = /^(\d+\s*)?(anh|hinh anh)\b/;

/**
 * The expectation of a procedure's document slot, from its key and name (the catalogue has no
 * document types: names are the national database's free text). An unknown slot expects text,
 * which nearly every paper has.
 */
export function expectationOf(slot: { key: string; name?: string | undefined }): SlotExpectation {
  if (ID_CARD_KEYS.has(slot.key)) return 'id_card';
  const name = slot.name === undefined ? '' : fold(slot.name);
  if (ID_CARD_NAME.test(name)) return 'id_card';
  if (slot.key.startsWith('anh-') || PICTURE_NAME.test(name)) return 'picture';
  return 'text';
}
