import { failure, invalidField, ZaloCode, type ZaloEnvelope } from './envelope.ts';
import type { MediaStore } from './media.ts';
import type { ZaloSimOptions } from './options.ts';
import type { Button, ButtonType, ConversationMessage } from './users.ts';

/** §4: a text (or caption) carries at most 2,000 characters. */
export const maxTextLength = 2_000;

/** What a valid `message` object becomes in the conversation. */
export type ParsedCsMessage = Pick<ConversationMessage, 'kind' | 'text' | 'attachment' | 'buttons' | 'quoteMessageId'>;

type Parsed = ParsedCsMessage | ZaloEnvelope<never>;

type Json = Record<string, unknown>;

const buttonTypes: readonly ButtonType[] = [
  'oa.open.url',
  'oa.query.show',
  'oa.query.hide',
  'oa.open.phone',
  'oa.open.sms',
];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isFailure(value: unknown): value is ZaloEnvelope<never> {
  return isObject(value) && typeof value['error'] === 'number';
}

function exceeds(field: string): ZaloEnvelope<never> {
  return failure(ZaloCode.exceedsLimit, `${field} exceeds the limit`);
}

/** §4: `{title, type, payload}`; the 4-vs-5 maximum is the §13.6 contradiction, see `listMaxElements`. */
function parseButtons(raw: unknown, options: ZaloSimOptions): Button[] | ZaloEnvelope<never> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return invalidField('buttons');
  if (raw.length > options.listMaxElements) return exceeds('buttons');
  const buttons: Button[] = [];
  for (const item of raw as unknown[]) {
    if (!isObject(item) || !isText(item['title']) || !buttonTypes.includes(item['type'] as ButtonType)) {
      return invalidField('buttons');
    }
    const type = item['type'] as ButtonType;
    const payload = item['payload'];
    const payloadOk =
      type === 'oa.query.show' || type === 'oa.query.hide'
        ? isText(payload)
        : type === 'oa.open.url'
          ? isObject(payload) && isText(payload['url'])
          : isObject(payload) && isText(payload['phone_code']);
    if (!payloadOk) return invalidField('payload');
    buttons.push({
      title: item['title'],
      type,
      payload,
      ...(isText(item['image_icon']) ? { image_icon: item['image_icon'] } : {}),
    });
  }
  return buttons;
}

function parseMediaElement(element: unknown, media: MediaStore): ConversationMessage['kind'] | ZaloEnvelope<never> {
  if (!isObject(element)) return invalidField('elements');
  const id = element['attachment_id'];
  const url = element['url'];
  switch (element['media_type']) {
    case 'image':
    case 'gif': {
      if (isText(id)) {
        if (!media.find(id, 'image')) return invalidField('attachment_id');
      } else if (!(isText(url) && /^https?:\/\//.test(url))) {
        return invalidField('attachment_id');
      }
      // §4: a gif needs its width and height.
      if (element['media_type'] === 'gif' && (element['width'] === undefined || element['height'] === undefined)) {
        return invalidField('width');
      }
      return element['media_type'];
    }
    case 'sticker':
      return isText(id) ? 'sticker' : invalidField('attachment_id');
    default:
      return invalidField('media_type');
  }
}

function parseElements(payload: Json, max: number, check: (element: Json) => boolean): ZaloEnvelope<never> | undefined {
  const elements = payload['elements'];
  if (!Array.isArray(elements) || elements.length === 0) return invalidField('elements');
  if (elements.length > max) return exceeds('elements');
  return (elements as unknown[]).every((element) => isObject(element) && check(element))
    ? undefined
    : invalidField('elements');
}

function parseTemplate(
  payload: Json,
  options: ZaloSimOptions,
  media: MediaStore,
): ConversationMessage['kind'] | ZaloEnvelope<never> {
  switch (payload['template_type']) {
    case undefined:
      // §4 (PHP text build): a text with buttons is a template attachment without `template_type`.
      return 'text';
    case 'media': {
      const elements = payload['elements'];
      if (!Array.isArray(elements) || elements.length !== 1) return invalidField('elements');
      return parseMediaElement(elements[0], media);
    }
    case 'request_user_info': {
      // §4: one element `{title, subtitle, image_url}` (at most one: SPEC §5.3).
      const bad = parseElements(payload, 1, (element) => isText(element['title']) && isText(element['subtitle']));
      return bad ?? 'request_user_info';
    }
    case 'list': {
      // §13.6: unconfirmed on v3; refused unless `listTemplateOnV3`.
      if (!options.listTemplateOnV3) return failure(ZaloCode.messageTypeUnsupported, 'Message type is not supported');
      const bad = parseElements(payload, options.listMaxElements, (element) => isText(element['title']));
      return bad ?? 'list';
    }
    default:
      return failure(ZaloCode.messageTypeUnsupported, 'Message type is not supported');
  }
}

function parseAttachment(
  attachment: Json,
  options: ZaloSimOptions,
  media: MediaStore,
): { kind: ConversationMessage['kind']; buttons: Button[] } | ZaloEnvelope<never> {
  const payload = attachment['payload'];
  if (!isObject(payload)) return invalidField('payload');
  const buttons = parseButtons(payload['buttons'], options);
  if (isFailure(buttons)) return buttons;
  if (attachment['type'] === 'file') {
    // §4: `{type:"file", payload:{token}}` with the token of `/v2.0/oa/upload/file`.
    const token = payload['token'];
    return isText(token) && media.find(token, 'file') ? { kind: 'file', buttons } : invalidField('token');
  }
  if (attachment['type'] !== 'template') return invalidField('attachment');
  const kind = parseTemplate(payload, options, media);
  return typeof kind === 'string' ? { kind, buttons } : kind;
}

/** Checks a CS `message` (zalo-platform.md §4): the `-201`/`-210`/`-233` answer, or what to store. */
export function parseCsMessage(raw: unknown, options: ZaloSimOptions, media: MediaStore): Parsed {
  if (!isObject(raw)) return invalidField('message');
  const text = raw['text'];
  if (text !== undefined && (typeof text !== 'string' || text.length > maxTextLength)) return invalidField('text');
  const quote = raw['quote_message_id'];
  if (quote !== undefined && !isText(quote)) return invalidField('quote_message_id');
  const base = { ...(typeof text === 'string' ? { text } : {}), ...(isText(quote) ? { quoteMessageId: quote } : {}) };
  const attachment = raw['attachment'];
  if (attachment === undefined) return isText(text) ? { kind: 'text', ...base } : invalidField('text');
  if (!isObject(attachment)) return invalidField('attachment');
  const parsed = parseAttachment(attachment, options, media);
  if (isFailure(parsed)) return parsed;
  if (parsed.kind === 'text' && !isText(text)) return invalidField('text');
  return { ...base, kind: parsed.kind, attachment, ...(parsed.buttons.length > 0 ? { buttons: parsed.buttons } : {}) };
}

export { isFailure as isZaloFailure };
