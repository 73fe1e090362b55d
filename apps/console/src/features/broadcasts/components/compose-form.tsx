import { Alert, App as AntApp, Button, Form, Input, Radio, Space, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { Translate } from '../../../i18n/translate.ts';
import { navigate } from '../../../layout/use-screen.ts';
import { problemText } from '../../../lib/error-message.ts';
import { formatCount } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/http.ts';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { keepEnterInField } from '../../intake/keep-enter-in-field.ts';
import {
  BODY_MAX,
  charCount,
  groupFieldProblems,
  isHttpsUrl,
  LINK_TITLE_MAX,
  TITLE_MAX,
  toCreateBody,
  type ComposeValues,
} from '../compose-body.ts';
import { useCreateBroadcast } from '../queries.ts';
import { broadcastHref, broadcastsHref } from '../routes.ts';
import { broadcastKinds } from '../types.ts';
import { BroadcastPreview } from './broadcast-preview.tsx';
import { ScheduleFields } from './schedule-fields.tsx';
import { TargetFields } from './target-fields.tsx';
import { useComposeValue } from './use-compose-value.ts';

const initialValues: Partial<ComposeValues> = { kind: 'text', targetKind: 'all', when: 'now' };

/** A rule refusing text longer than `max` characters (as the server counts them). */
function maxChars(max: number, message: (n: number) => string) {
  return {
    validator: (_rule: RuleObject, value: unknown) =>
      typeof value === 'string' && charCount(value) > max
        ? Promise.reject(new Error(message(charCount(value))))
        : Promise.resolve(),
  };
}

function httpsRule(t: Translate) {
  return {
    validator: (_rule: RuleObject, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || isHttpsUrl(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('broadcasts.form.urlHttps'))),
  };
}

/** The live character counter under the message, in red past Zalo's limit. */
function BodyCounter({ body }: { body: string | undefined }) {
  const { t } = useI18n();
  const n = charCount(body);
  return (
    <Typography.Text type={n > BODY_MAX ? 'danger' : 'secondary'} data-testid="body-counter">
      {t('broadcasts.form.counter', { n: formatCount(n), max: formatCount(BODY_MAX) })}
    </Typography.Text>
  );
}

function MediaFields({ kind }: { kind: ComposeValues['kind'] | undefined }) {
  const { t } = useI18n();
  if (kind !== 'image' && kind !== 'link') return null;
  return (
    <>
      <Form.Item
        name="mediaUrl"
        label={t(kind === 'image' ? 'broadcasts.form.imageUrl' : 'broadcasts.form.linkUrl')}
        extra={t('broadcasts.form.urlHelp')}
        rules={[{ required: true, whitespace: true, message: t('broadcasts.form.urlRequired') }, httpsRule(t)]}
      >
        <Input inputMode="url" autoComplete="off" placeholder="https://" />
      </Form.Item>
      {kind === 'link' && (
        <Form.Item
          name="mediaTitle"
          label={t('broadcasts.form.linkTitle')}
          rules={[maxChars(LINK_TITLE_MAX, () => t('broadcasts.form.linkTitleTooLong', { max: LINK_TITLE_MAX }))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
    </>
  );
}

/** The compose form ("Soạn thông báo") beside a live preview; on success, opens the new broadcast. */
export function ComposeBroadcast() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ComposeValues>();
  const create = useCreateBroadcast();
  const keyFor = useIdempotencyKey();
  const kind = useComposeValue('kind', form);
  const body = useComposeValue('body', form);
  const mediaUrl = useComposeValue('mediaUrl', form);
  const mediaTitle = useComposeValue('mediaTitle', form);
  const when = useComposeValue('when', form);
  const unplaced = create.error instanceof ApiError ? groupFieldProblems(create.error.problem.errors ?? []).other : [];

  const submit = (values: ComposeValues) => {
    const request = toCreateBody(values);
    create.mutate(
      { body: request, key: keyFor(request) },
      {
        onSuccess: (created) => {
          void message.success(t('broadcasts.created'));
          navigate(broadcastHref(created.id));
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || !error.problem.errors) return;
          const { byField } = groupFieldProblems(error.problem.errors);
          form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
        },
      },
    );
  };

  return (
    <section aria-labelledby="compose-title">
      <Typography.Link href={broadcastsHref()} className="broadcasts__back">
        ← {t('broadcasts.back')}
      </Typography.Link>
      <Typography.Title id="compose-title" level={2} className="subsection-title broadcasts__compose-title">
        {t('broadcasts.compose')}
      </Typography.Title>
      <div className="broadcasts__columns">
        <Form<ComposeValues>
          form={form}
          layout="vertical"
          aria-labelledby="compose-title"
          className="broadcasts__main"
          initialValues={initialValues}
          onFinish={submit}
          // Enter confirms a typed date, time or search; only the button sends the announcement.
          onKeyDown={keepEnterInField}
          scrollToFirstError
        >
          {create.isError && (
            <Alert
              type="error"
              showIcon
              className="admin__alert"
              title={problemText(create.error, t)}
              description={unplaced.length > 0 ? unplaced.join(' ') : undefined}
            />
          )}
          <Form.Item
            name="title"
            label={t('broadcasts.form.title')}
            rules={[
              { required: true, whitespace: true, message: t('broadcasts.form.titleRequired') },
              maxChars(TITLE_MAX, () => t('broadcasts.form.titleTooLong', { max: TITLE_MAX })),
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="kind" label={t('broadcasts.form.kind')}>
            <Radio.Group options={broadcastKinds.map((value) => ({ value, label: t(`broadcasts.kind.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="body"
            label={t(kind === 'image' ? 'broadcasts.form.caption' : 'broadcasts.form.body')}
            extra={<BodyCounter body={body} />}
            rules={[
              { required: true, whitespace: true, message: t('broadcasts.form.bodyRequired') },
              maxChars(BODY_MAX, (n) =>
                t('broadcasts.form.bodyTooLong', { max: formatCount(BODY_MAX), n: formatCount(n) }),
              ),
            ]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <MediaFields kind={kind} />
          <TargetFields />
          <ScheduleFields />
          <Space className="button-row">
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t(when === 'later' ? 'broadcasts.form.submitLater' : 'broadcasts.form.submitNow')}
            </Button>
          </Space>
        </Form>
        <aside className="broadcasts__side" aria-label={t('broadcasts.preview')}>
          <BroadcastPreview message={{ kind: kind ?? 'text', body: body ?? '', mediaUrl, mediaTitle }} />
        </aside>
      </div>
    </section>
  );
}
