import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useMessages } from '../useMessages';
import { createFormat, dayFromYmd, dayToIso, dayToYmd, quarterOf, type Day, type PeriodRequest } from '../../core';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { minWidth: '140px', flexGrow: 1 },
});

/** The last eight quarters, the running one first. */
export function recentQuarters(today: Day): string[] {
  const quarters: string[] = [];
  let day = today;
  for (let i = 0; i < 8; i++) {
    const q = quarterOf(day);
    quarters.push(q);
    const { year, month } = dayToYmd(day);
    day = dayFromYmd(year, Math.ceil(month / 3) * 3 - 2, 1) - 1;
  }
  return quarters;
}

/** The quarters offered: the last eight, and the one shown when it is older (sorted, latest first). */
export function quarterChoices(today: Day, shown: string): string[] {
  const quarters = recentQuarters(today);
  return quarters.includes(shown) ? quarters : [...quarters, shown].sort().reverse();
}

function recentYears(today: Day): string[] {
  const { year } = dayToYmd(today);
  return [0, 1, 2, 3].map((i) => String(year - i).padStart(4, '0'));
}

export interface PeriodPickerProps {
  readonly value: PeriodRequest;
  readonly today: Day;
  readonly onChange: (request: PeriodRequest) => void;
  /** The quarter select, for a control elsewhere that changes the quarter to hand the focus to. */
  readonly quarterRef?: Ref<HTMLSelectElement>;
}

/** Quarter, year or custom range; the running quarter and year are marked "so far". */
export function PeriodPicker({ value, today, onChange, quarterRef }: PeriodPickerProps) {
  const { t, lang } = useMessages('dashboard');
  const format = createFormat(lang);
  const styles = useStyles();
  const currentQuarter = quarterOf(today);
  const currentYear = String(dayToYmd(today).year).padStart(4, '0');
  // The date inputs take and give ISO text: the range request stays text until resolvePeriod.
  const todayIso = dayToIso(today);
  const label = (id: string, running: boolean) => (running ? format.running(id) : id);

  const changeKind = (kind: string) => {
    if (kind === 'year') onChange({ kind: 'year', year: currentYear });
    else if (kind === 'range') onChange({ kind: 'range', from: `${currentYear}-01-01`, to: todayIso });
    else onChange({ kind: 'quarter', quarter: currentQuarter });
  };

  return (
    <div role="group" aria-label={t('period.legend')} className={styles.row}>
      <Field label={t('period.kind')} className={styles.field}>
        <Select value={value.kind} onChange={(_, d) => changeKind(d.value)}>
          <option value="quarter">{t('period.quarter')}</option>
          <option value="year">{t('period.year')}</option>
          <option value="range">{t('period.custom')}</option>
        </Select>
      </Field>
      {value.kind === 'quarter' && (
        <Field label={t('period.quarter')} className={styles.field}>
          <Select
            ref={quarterRef}
            value={value.quarter}
            onChange={(_, d) => onChange({ kind: 'quarter', quarter: d.value })}
          >
            {quarterChoices(today, value.quarter).map((q) => (
              <option key={q} value={q}>
                {label(q, q === currentQuarter)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {value.kind === 'year' && (
        <Field label={t('period.year')} className={styles.field}>
          <Select value={value.year} onChange={(_, d) => onChange({ kind: 'year', year: d.value })}>
            {recentYears(today).map((y) => (
              <option key={y} value={y}>
                {label(y, y === currentYear)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {value.kind === 'range' && (
        <>
          <Field label={t('period.from')} className={styles.field}>
            <Input
              type="date"
              value={value.from}
              max={todayIso}
              onChange={(_, d) => onChange({ ...value, from: d.value })}
            />
          </Field>
          <Field label={t('period.to')} className={styles.field}>
            <Input type="date" value={value.to} onChange={(_, d) => onChange({ ...value, to: d.value })} />
          </Field>
        </>
      )}
    </div>
  );
}
