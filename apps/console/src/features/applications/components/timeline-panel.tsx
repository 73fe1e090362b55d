import { actionLabel, actions, roles, statusLabel, type Action, type Role } from '@motcua/workflow';
import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { Lang } from '../../../i18n/translate.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { TimelineEvent } from '../types.ts';

function isAction(value: string): value is Action {
  return Object.hasOwn(actions, value);
}

function isRole(value: string | null): value is Role {
  return value !== null && Object.hasOwn(roles, value);
}

function actionText(action: string, lang: Lang, submitted: string): string {
  if (isAction(action)) return actionLabel(action, lang);
  return action === 'submit' ? submitted : action;
}

function EventBody({ event }: { event: TimelineEvent }) {
  const { t, lang } = useI18n();
  const actor = event.actorName ?? t('timeline.citizenOrSystem');
  // The role the officer acted in on the unit holding the dossier, said as the desk says it.
  const role = isRole(event.role) ? ` (${t(`role.${event.role}`)})` : '';
  const moved = event.fromUnit && event.toUnit && event.fromUnit !== event.toUnit;
  return (
    <div className="timeline__event">
      <Typography.Text strong>{actionText(event.action, lang, t('timeline.submitted'))}</Typography.Text>
      <div className="timeline__meta">
        {formatDateTime(event.at)} · {actor}
        {role}
      </div>
      <div>
        {event.fromStatus && event.fromStatus !== event.toStatus
          ? `${statusLabel(event.fromStatus, lang)} → ${statusLabel(event.toStatus, lang)}`
          : statusLabel(event.toStatus, lang)}
      </div>
      {moved && <div>{t('timeline.moved', { from: event.fromUnit ?? '', to: event.toUnit ?? '' })}</div>}
      {event.reason && <div className="timeline__reason">{t('timeline.reason', { reason: event.reason })}</div>}
    </div>
  );
}

/** Everything that happened to the dossier, oldest first: who did what, when, and why. */
export function TimelinePanel({ events }: { events: TimelineEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty description={t('timeline.none')} />;
  return (
    <Timeline
      className="timeline"
      items={events.map((event, index) => ({
        key: `${event.at}-${String(index)}`,
        content: <EventBody event={event} />,
      }))}
    />
  );
}
