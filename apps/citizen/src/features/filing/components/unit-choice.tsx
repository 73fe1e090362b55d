import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { ReceivingUnit } from '../../procedures/types.ts';

/**
 * Up to this many units are offered as radio buttons, whose long names wrap on a phone; a longer
 * list is a drop-down with the chosen name written out in full under it.
 */
const MAX_RADIOS = 6;

interface UnitChoiceProps {
  units: readonly ReceivingUnit[];
  value: string | undefined;
  onChange: (eid: string) => void;
}

/** "Nơi nộp hồ sơ": where the dossier is received, and where the citizen comes once. */
export function UnitChoice({ units, value, onChange }: UnitChoiceProps) {
  const { t } = useI18n();
  const chosen = units.find((unit) => unit.eid === value) ?? units[0];
  if (units.length <= MAX_RADIOS) {
    return (
      <fieldset className="ef-field ef-group filing-unit" aria-describedby="filing-unit-help">
        <legend className="ef-label">{t('filing.unit')}</legend>
        <p id="filing-unit-help" className="ef-help">
          {t('filing.unitHelp')}
        </p>
        <div className="ef-options">
          {units.map((unit, index) => {
            const id = `filing-unit-${String(index)}`;
            return (
              <label key={unit.eid} htmlFor={id} className="ef-option">
                <input
                  id={id}
                  type="radio"
                  name="filing-unit"
                  checked={chosen?.eid === unit.eid}
                  onChange={() => onChange(unit.eid)}
                />
                <span>{unit.name}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="ef-field filing-unit">
      <label htmlFor="filing-unit" className="ef-label">
        {t('filing.unit')}
      </label>
      <p id="filing-unit-help" className="ef-help">
        {t('filing.unitHelp')}
      </p>
      <select
        id="filing-unit"
        className="ef-input ef-select"
        aria-describedby="filing-unit-help filing-unit-chosen"
        value={chosen?.eid}
        onChange={(event) => onChange(event.target.value)}
      >
        {units.map((unit) => (
          <option key={unit.eid} value={unit.eid}>
            {unit.name}
          </option>
        ))}
      </select>
      {chosen && (
        <p id="filing-unit-chosen" className="filing-unit__chosen">
          {chosen.name}
        </p>
      )}
    </div>
  );
}
