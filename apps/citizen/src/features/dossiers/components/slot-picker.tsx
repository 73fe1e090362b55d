import { useState } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDate, formatTime } from '../../../lib/format.ts';
import type { VisitPlan } from '../api.ts';
import { dayLabel, weekdayName } from './day-label.ts';

interface SlotPickerProps {
  slots: VisitPlan['slots'];
  busy: boolean;
  /** The booked slot's start, if any (moving a booking). */
  current: string | null;
  onChoose: (start: string) => void;
}

/** Free slots over the next working days: a day, then a time, then one button to book it. */
export function SlotPicker({ slots, busy, current, onChoose }: SlotPickerProps) {
  const { t } = useI18n();
  const days = [...new Set(slots.map((slot) => formatDate(slot.start)))];
  const [day, setDay] = useState(days[0] ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  if (slots.length === 0) return <p className="notice">{t('visit.noSlots')}</p>;
  const daySlots = slots.filter((slot) => formatDate(slot.start) === day);
  const picked = slots.find((slot) => slot.start === chosen);
  return (
    <div className="slots">
      <fieldset className="ef-field ef-group">
        <legend className="ef-label">{t('visit.chooseDay')}</legend>
        <div className="slots__days">
          {days.map((d) => {
            const first = slots.find((slot) => formatDate(slot.start) === d);
            return (
              <button
                key={d}
                type="button"
                className={d === day ? 'chip chip--on' : 'chip'}
                aria-pressed={d === day}
                onClick={() => {
                  setDay(d);
                  setChosen(null);
                }}
              >
                {first ? (
                  <>
                    <span>{weekdayName(first.start, t)}</span>
                    <span className="chip__note">{d}</span>
                  </>
                ) : (
                  d
                )}
              </button>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="ef-field ef-group">
        <legend className="ef-label">{t('visit.chooseTime')}</legend>
        <div className="slots__times">
          {daySlots.map((slot) => {
            const full = slot.remaining <= 0;
            const isCurrent = slot.start === current;
            return (
              <button
                key={slot.start}
                type="button"
                className={slot.start === chosen ? 'chip chip--on' : 'chip'}
                aria-pressed={slot.start === chosen}
                disabled={full || isCurrent || busy}
                onClick={() => setChosen(slot.start)}
              >
                <span>
                  {formatTime(slot.start)}–{formatTime(slot.end)}
                </span>
                <span className="chip__note">
                  {isCurrent
                    ? t('visit.yourSlot')
                    : full
                      ? t('visit.full')
                      : t('visit.remaining', { n: slot.remaining })}
                </span>
              </button>
            );
          })}
        </div>
      </fieldset>
      <Button fullWidth disabled={!picked || busy} loading={busy} onClick={() => picked && onChoose(picked.start)}>
        {picked
          ? t('visit.bookAt', { time: formatTime(picked.start), day: dayLabel(picked.start, t) })
          : t('visit.pickFirst')}
      </Button>
    </div>
  );
}
