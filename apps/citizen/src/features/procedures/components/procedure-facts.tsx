import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatFee, formatProcessingTime } from '../../../lib/format.ts';
import { fieldName, receivingUnits, type ProcedureDetail } from '../types.ts';

export function ProcedureFacts({ procedure }: { procedure: ProcedureDetail }) {
  const { t, lang } = useI18n();
  const { processingTime, fee } = procedure;
  const units = receivingUnits(procedure);
  return (
    <dl className="facts">
      <div>
        <dt>{t('procedure.processingTime')}</dt>
        <dd>
          {processingTime.text ?? formatProcessingTime(processingTime, lang)}
          {processingTime.cutoffTime && (
            <span className="facts__note">{t('procedure.cutoff', { time: processingTime.cutoffTime })}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('procedure.fee')}</dt>
        <dd>
          {formatFee(fee, lang)}
          {fee.text !== '' && <span className="facts__note">{fee.text}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('procedure.field')}</dt>
        <dd>{fieldName(procedure.field)}</dd>
      </div>
      <div>
        <dt>{t('procedure.level')}</dt>
        <dd>{t(`level.${procedure.level}`)}</dd>
      </div>
      <div>
        <dt>{t('procedure.onlineLevel')}</dt>
        <dd>{t(`onlineLevel.${procedure.onlineLevel}`)}</dd>
      </div>
      {procedure.authority && (
        <div>
          <dt>{t('procedure.authority')}</dt>
          <dd>{procedure.authority}</dd>
        </div>
      )}
      {units.length > 0 && (
        <div>
          <dt>{t('procedure.where')}</dt>
          <dd>
            {units.length === 1 ? (
              units[0]?.name
            ) : (
              <details className="facts__units">
                <summary>{t('procedure.whereCount', { n: units.length })}</summary>
                <ul className="plain-list">
                  {units.map((unit) => (
                    <li key={unit.eid}>{unit.name}</li>
                  ))}
                </ul>
              </details>
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('procedure.code')}</dt>
        <dd>{procedure.code}</dd>
      </div>
    </dl>
  );
}
