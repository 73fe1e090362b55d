import type { ChatMessageView } from '@motcua/contracts';
import { Alert, Button, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { Lang } from '../../../i18n/translate.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { chatText } from '../messages.ts';
import { useChatThread, useCloseChat, useReplyToChat } from '../queries.ts';

function bodyOf(message: ChatMessageView, lang: Lang): string {
  if (message.text) return message.text;
  switch (message.kind) {
    case 'image':
      return chatText(lang, 'image');
    case 'request_info':
      return chatText(lang, 'card');
    case 'shared_info':
      return chatText(lang, 'shared');
    default:
      return chatText(lang, 'other');
  }
}

function Bubble({ message }: { message: ChatMessageView }) {
  const { lang } = useI18n();
  const who =
    message.author === 'officer' ? (message.officerName ?? chatText(lang, 'officer')) : chatText(lang, message.author);
  return (
    <li className={`chat__bubble chat__bubble--${message.direction} chat__bubble--${message.author}`}>
      <Typography.Text type="secondary" className="chat__meta">
        {who} · {formatDateTime(message.at)}
        {message.delivery === 'pending' && ` · ${chatText(lang, 'pending')}`}
      </Typography.Text>
      <div className="chat__text">{bodyOf(message, lang)}</div>
      {message.buttons && (
        <Space size={4} wrap>
          {message.buttons.map((title) => (
            <Tag key={title}>{title}</Tag>
          ))}
        </Space>
      )}
      {message.delivery === 'failed' && <Tag color="error">{chatText(lang, 'failed')}</Tag>}
    </li>
  );
}

/** One conversation: its messages (polled) and the officer's reply box. */
export function Conversation({ id }: { id: string }) {
  const { lang } = useI18n();
  const thread = useChatThread(id);
  const reply = useReplyToChat(id);
  const close = useCloseChat(id);
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const count = thread.data?.messages.length ?? 0;

  useEffect(() => {
    const node = list.current;
    if (node) node.scrollTop = node.scrollHeight;
  }, [count]);

  if (thread.isPending) return <Skeleton active />;
  if (thread.isError) return <Alert type="error" showIcon title={chatText(lang, 'loadError')} />;
  const open = thread.data.thread.handoff === 'open';
  const send = () => {
    const text = draft.trim();
    if (text === '') return;
    reply.mutate(text, { onSuccess: () => setDraft('') });
  };

  return (
    <div className="chat__panel">
      <ol className="chat__messages" aria-live="polite" ref={list}>
        {thread.data.messages.map((message) => (
          <Bubble key={message.id} message={message} />
        ))}
      </ol>
      {reply.isError && <Alert type="error" showIcon title={chatText(lang, 'sendError')} />}
      {open ? (
        <div className="chat__reply">
          <label htmlFor="chat-reply" className="chat__label">
            {chatText(lang, 'replyLabel')}
          </label>
          <Input.TextArea
            id="chat-reply"
            value={draft}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={chatText(lang, 'replyPlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
            }}
          />
          <Space>
            <Button type="primary" onClick={send} loading={reply.isPending} disabled={draft.trim() === ''}>
              {chatText(lang, 'send')}
            </Button>
            <Button onClick={() => close.mutate()} loading={close.isPending}>
              {chatText(lang, 'close')}
            </Button>
          </Space>
        </div>
      ) : (
        <Alert type="info" showIcon title={chatText(lang, 'closedNote')} />
      )}
    </div>
  );
}
