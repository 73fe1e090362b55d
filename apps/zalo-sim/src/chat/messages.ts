import type { ButtonAction, ChatButton, ChatMessage, ListItem, MessageBody, ZnsEntry } from './chat-state.ts';
import type { SimButton, SimMessage, SimZnsMessage } from './transport.ts';

/**
 * Turns the simulator's stored messages (zalo-platform.md §4 CS bodies, §7.3 webhook attachments)
 * into what the page shows. Anything unexpected becomes an `unknown` body rather than an error:
 * the page shows whatever an OA sends.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Only web addresses become links or images: a `javascript:` payload must not run. */
export function safeUrl(value: unknown): string | undefined {
  const candidate = text(value);
  if (candidate === undefined || !URL.canParse(candidate)) return undefined;
  const { protocol } = new URL(candidate);
  return protocol === 'http:' || protocol === 'https:' ? candidate : undefined;
}

function firstOf(list: unknown): Json | undefined {
  return Array.isArray(list) && isRecord(list[0]) ? list[0] : undefined;
}

function buttonAction(button: SimButton): ButtonAction | undefined {
  const payload = isRecord(button.payload) ? button.payload : {};
  switch (button.type) {
    case 'oa.query.show':
    case 'oa.query.hide':
      return { type: 'query', text: typeof button.payload === 'string' ? button.payload : '' };
    case 'oa.open.url': {
      const url = safeUrl(payload['url']);
      return url === undefined ? undefined : { type: 'url', url };
    }
    case 'oa.open.phone':
      return { type: 'phone', phone: text(payload['phone_code']) ?? '' };
    case 'oa.open.sms':
      return { type: 'sms', phone: text(payload['phone_code']) ?? '', content: text(payload['content']) ?? '' };
  }
}

function buttonsOf(message: SimMessage): ChatButton[] {
  return (message.buttons ?? []).flatMap((button) => {
    const action = buttonAction(button);
    return action ? [{ title: button.title, action }] : [];
  });
}

function listItem(element: Json): ListItem {
  const action = isRecord(element['default_action']) ? safeUrl(element['default_action']['url']) : undefined;
  const subtitle = text(element['subtitle']);
  const imageUrl = safeUrl(element['image_url']);
  return {
    title: text(element['title']) ?? '',
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(imageUrl === undefined ? {} : { imageUrl }),
    ...(action === undefined ? {} : { url: action }),
  };
}

function templateData(data: Record<string, unknown>): [string, string][] {
  return Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

function withCaption(caption: string | undefined): { caption?: string } {
  return caption === undefined ? {} : { caption };
}

/** An OA message body: the CS `attachment` (§4), resolved against the simulator's media. */
function oaBody(message: SimMessage, mediaUrl: (id: string) => string): MessageBody {
  const attachment = isRecord(message.attachment) ? message.attachment : {};
  const payload = isRecord(attachment['payload']) ? attachment['payload'] : {};
  const element = firstOf(payload['elements']);
  const caption = text(message.text);
  switch (message.kind) {
    case 'text':
      return { kind: 'text', text: message.text ?? '' };
    case 'image':
    case 'gif': {
      const id = text(element?.['attachment_id']);
      const url = id === undefined ? safeUrl(element?.['url']) : mediaUrl(id);
      return url === undefined
        ? { kind: 'unknown', name: message.kind }
        : { kind: 'image', url, ...withCaption(caption) };
    }
    case 'sticker':
      return { kind: 'sticker' };
    case 'file': {
      const token = text(payload['token']);
      return token === undefined ? { kind: 'unknown', name: 'file' } : { kind: 'file', url: mediaUrl(token) };
    }
    case 'request_user_info': {
      const imageUrl = safeUrl(element?.['image_url']);
      return {
        kind: 'request_user_info',
        title: text(element?.['title']) ?? '',
        subtitle: text(element?.['subtitle']) ?? '',
        ...(imageUrl === undefined ? {} : { imageUrl }),
      };
    }
    case 'list': {
      const elements = Array.isArray(payload['elements']) ? payload['elements'].filter(isRecord) : [];
      return { kind: 'list', ...(caption === undefined ? {} : { text: caption }), items: elements.map(listItem) };
    }
    case 'template':
      return message.template
        ? {
            kind: 'template',
            templateId: message.template.templateId,
            data: templateData(message.template.templateData),
          }
        : { kind: 'unknown', name: 'template' };
    default:
      return { kind: 'unknown', name: message.kind };
  }
}

/** A citizen message body: the webhook `attachments` (§7.3, §12.3). */
function citizenBody(message: SimMessage): MessageBody {
  const payload = firstOf(message.attachment)?.['payload'];
  const data = isRecord(payload) ? payload : {};
  switch (message.kind) {
    case 'text':
      return { kind: 'text', text: message.text ?? '' };
    case 'image': {
      const url = safeUrl(data['url']);
      return url === undefined
        ? { kind: 'unknown', name: 'image' }
        : { kind: 'image', url, ...withCaption(text(message.text)) };
    }
    case 'file': {
      const url = safeUrl(data['url']);
      const size = Number(data['size']);
      const name = text(data['name']);
      return url === undefined
        ? { kind: 'unknown', name: 'file' }
        : {
            kind: 'file',
            url,
            ...(name === undefined ? {} : { name }),
            ...(Number.isFinite(size) ? { size } : {}),
          };
    }
    case 'location': {
      const coordinates = isRecord(data['coordinates']) ? data['coordinates'] : {};
      return {
        kind: 'location',
        latitude: Number(coordinates['latitude']),
        longitude: Number(coordinates['longitude']),
      };
    }
    case 'submit_info':
      return { kind: 'shared_info', text: message.text ?? '' };
    default:
      return { kind: 'unknown', name: message.kind };
  }
}

/**
 * What the chat shows for a stored message; nothing for the text of a hidden query button
 * (`oa.query.hide`) and for ZNS messages, which have their own panel.
 */
export function toChatMessage(message: SimMessage, mediaUrl: (id: string) => string): ChatMessage | undefined {
  if (message.hidden === true || message.kind === 'zns') return undefined;
  const at = new Date(message.sentAt);
  if (message.from === 'user') {
    return { kind: 'citizen', id: message.msgId, body: citizenBody(message), at, delivery: 'sent' };
  }
  return {
    kind: 'oa',
    id: message.msgId,
    body: oaBody(message, mediaUrl),
    at,
    status: message.status,
    buttons: buttonsOf(message),
  };
}

export function toZnsEntry(message: SimZnsMessage): ZnsEntry {
  return {
    id: message.msgId,
    templateId: message.templateId,
    data: templateData(message.templateData),
    at: new Date(Number(message.sentTime)),
    mode: message.mode,
    ...(message.trackingId === undefined ? {} : { trackingId: message.trackingId }),
  };
}
