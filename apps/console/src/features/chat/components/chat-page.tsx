import type { ChatThreadSummary } from '@motcua/contracts';
import { Alert, Badge, Card, Empty, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { hrefFor, type Route } from '../../../layout/routes.ts';
import { navigate } from '../../../layout/use-screen.ts';
import type { ChatStatusFilter } from '../api.ts';
import { chatText } from '../messages.ts';
import { useChatList } from '../queries.ts';
import { Conversation } from './conversation.tsx';
import '../chat.css';

function ThreadItem({ thread, selected }: { thread: ChatThreadSummary; selected: boolean }) {
  const { lang } = useI18n();
  return (
    <List.Item
      className={selected ? 'chat__thread chat__thread--selected' : 'chat__thread'}
      onClick={() => navigate(hrefFor('chats', [thread.id]))}
      aria-current={selected ? 'true' : undefined}
    >
      <List.Item.Meta
        title={
          <span className="chat__thread-title">
            <span>{thread.phone ? `0${thread.phone.slice(2)}` : chatText(lang, 'noPhone')}</span>
            {thread.handoff === 'open' && thread.awaitingReply && (
              <Badge status="processing" text={chatText(lang, 'awaiting')} />
            )}
            {thread.handoff === 'closed' && (
              <Typography.Text type="secondary">{chatText(lang, 'closed')}</Typography.Text>
            )}
          </span>
        }
        description={
          <>
            <Typography.Text ellipsis className="chat__preview">
              {thread.lastMessage ?? ''}
            </Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(thread.lastMessageAt)}</Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/** `#/chats[/<id>]`: the live chat — conversations the bot handed over, and the one open. */
export function ChatPage({ route }: { route: Route }) {
  const { lang } = useI18n();
  const [status, setStatus] = useState<ChatStatusFilter>('open');
  const [page, setPage] = useState(1);
  const list = useChatList(status, page);
  const selected = route.segments[0] ?? null;

  return (
    <div className="chat">
      <Typography.Title level={2}>{chatText(lang, 'title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{chatText(lang, 'intro')}</Typography.Paragraph>
      <div className="chat__layout">
        <Card className="chat__inbox">
          <Segmented<ChatStatusFilter>
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={[
              { value: 'open', label: chatText(lang, 'filterOpen') },
              { value: 'closed', label: chatText(lang, 'filterClosed') },
              { value: 'all', label: chatText(lang, 'filterAll') },
            ]}
          />
          {list.isError ? (
            <Alert type="error" showIcon title={chatText(lang, 'loadError')} />
          ) : (
            <List
              loading={list.isPending}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: <Empty description={chatText(lang, 'empty')} /> }}
              renderItem={(thread) => <ThreadItem thread={thread} selected={thread.id === selected} />}
              pagination={
                (list.data?.total ?? 0) > 20
                  ? { current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, size: 'small' }
                  : false
              }
            />
          )}
        </Card>
        <Card className="chat__conversation">
          {selected === null ? <Empty description={chatText(lang, 'pick')} /> : <Conversation id={selected} />}
        </Card>
      </div>
    </div>
  );
}
