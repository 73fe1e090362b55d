import { useEffect } from 'react';
import { Button, Text, useNavigate } from 'zmp-ui';
import { config } from '../../../config.ts';
import { DossierCode } from '../../../components/dossier-code.tsx';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDate } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/http.ts';
import { useRequest } from '../../../lib/use-request.ts';
import { paths } from '../../../paths.ts';
import { listMyApplications, type MyApplication } from '../../account/api.ts';
import { AccountBar } from '../../account/components/account-bar.tsx';
import { useSession } from '../../account/session-context.tsx';
import { useSavedDossiers, type SavedDossier } from '../saved-dossiers.tsx';
import { statusText } from '../status.ts';

interface Row {
  code: string;
  name: string;
  /** Status and date, after the code. */
  detail: string;
}

const none = (): Promise<{ items: MyApplication[] }> => Promise.resolve({ items: [] });

/**
 * "Hồ sơ của tôi": dossiers filed or looked up on this device (code and key kept here), and, when
 * signed in, those filed with the citizen's phone number on any device.
 */
export function MyDossiers() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { dossiers, save } = useSavedDossiers();
  const { profile, expired } = useSession();
  const remote = useRequest(profile ? `mine:${profile.phone}` : 'mine:none', (signal) =>
    profile ? listMyApplications(signal) : none(),
  );
  const items = remote.status === 'success' ? remote.data.items : [];

  useEffect(() => {
    if (remote.status === 'error' && remote.error instanceof ApiError && remote.error.status === 401) expired();
  }, [remote, expired]);

  // Dossiers of the account are kept on the device too, so they open with their key.
  useEffect(() => {
    for (const item of items) {
      if (!dossiers.some((d: SavedDossier) => d.code === item.code)) {
        save({
          code: item.code,
          key: item.key,
          tenant: config.tenant,
          procedureName: item.procedure.name,
          status: item.status,
          statusLabel: item.statusLabel,
        });
      }
    }
  }, [items, dossiers, save]);

  const rows: Row[] = dossiers.map((d) => ({
    code: d.code,
    name: d.procedureName ?? d.code,
    detail: d.status !== undefined && d.statusLabel ? statusText(d.status, d.statusLabel, lang) : '',
  }));
  for (const item of items) {
    if (rows.some((r) => r.code === item.code)) continue;
    rows.push({
      code: item.code,
      name: item.procedure.name,
      detail: `${statusText(item.status, item.statusLabel, lang)} · ${formatDate(item.submittedAt)}`,
    });
  }

  return (
    <section className="home-section" aria-labelledby="mine-heading">
      <Text.Header id="mine-heading" className="results__heading">
        {t('home.mine')}
      </Text.Header>
      <AccountBar />
      {rows.length === 0 ? (
        <p className="results__empty">{t('home.mineEmpty')}</p>
      ) : (
        <ul className="results__list" data-testid="my-dossiers">
          {rows.map((row) => (
            <li key={row.code} className="result">
              <button type="button" className="result__button" onClick={() => navigate(paths.dossier(row.code))}>
                <span className="result__text">
                  <span className="result__name">{row.name}</span>
                  <span className="result__facts">
                    <DossierCode code={row.code} />
                    {row.detail && ` · ${row.detail}`}
                  </span>
                </span>
                <ChevronRightIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Button variant="secondary" size="small" onClick={() => navigate(paths.lookup)}>
        {t('home.lookup')}
      </Button>
    </section>
  );
}
