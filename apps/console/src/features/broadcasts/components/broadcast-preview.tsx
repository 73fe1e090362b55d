import { Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { isHttpsUrl } from '../compose-body.ts';
import type { BroadcastKind } from '../types.ts';

/**
 * The button title a link carries when the author gave none; it is part of the message the citizen
 * receives (in Vietnamese whatever the console's language), as the server sends it.
 */
const DEFAULT_LINK_TITLE = 'Xem chi tiết';

export interface PreviewMessage {
  kind: BroadcastKind;
  body: string;
  mediaUrl?: string | undefined;
  mediaTitle?: string | undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The image itself when the console may load it; otherwise (the console's content policy allows
 * only its own images, or the address fails) a frame naming where the image comes from.
 */
function PreviewImage({ url }: { url: string | undefined }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  if (url === undefined || !isHttpsUrl(url)) {
    return <div className="zalo-preview__image-frame">{t('broadcasts.preview.noImage')}</div>;
  }
  if (failed) {
    return <div className="zalo-preview__image-frame">{t('broadcasts.preview.imageFrom', { host: hostOf(url) })}</div>;
  }
  return (
    <img
      className="zalo-preview__image"
      src={url}
      alt={t('broadcasts.preview.image')}
      onError={() => {
        setFailed(true);
      }}
    />
  );
}

function MessageText({ text }: { text: string }) {
  const { t } = useI18n();
  if (text.trim() === '') {
    return <p className="zalo-preview__placeholder">{t('broadcasts.preview.empty')}</p>;
  }
  return <p className="zalo-preview__text">{text}</p>;
}

function LinkCard({ url, title }: { url: string | undefined; title: string | undefined }) {
  const label = title && title.trim() !== '' ? title.trim() : DEFAULT_LINK_TITLE;
  const valid = url !== undefined && isHttpsUrl(url);
  return (
    <div className="zalo-preview__link">
      <span className="zalo-preview__link-title">{label}</span>
      {valid && <span className="zalo-preview__link-host">{hostOf(url)}</span>}
    </div>
  );
}

/** The message as a follower sees it in the OA's chat: a text bubble, an image with its caption, or a link. */
export function BroadcastPreview({ message }: { message: PreviewMessage }) {
  const { t } = useI18n();
  return (
    <figure className="zalo-preview" aria-label={t('broadcasts.preview')}>
      <figcaption className="zalo-preview__header">
        <Typography.Text strong>{t('broadcasts.preview')}</Typography.Text>
      </figcaption>
      <div className="zalo-preview__chat">
        <div className={`zalo-preview__bubble zalo-preview__bubble--${message.kind}`}>
          {message.kind === 'image' && <PreviewImage key={message.mediaUrl ?? ''} url={message.mediaUrl} />}
          <MessageText text={message.body} />
          {message.kind === 'link' && <LinkCard url={message.mediaUrl} title={message.mediaTitle} />}
        </div>
      </div>
    </figure>
  );
}
