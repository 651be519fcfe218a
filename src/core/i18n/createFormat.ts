import type { PeriodError, PeriodKind, ResolvedPeriod } from '../indicators/period';
import { isCountTarget } from '../indicators/targets';
import type { TargetKey, TargetStatus } from '../indicators/types';
import type { Measure } from '../indicators/measures';
import type { StakeholderStage } from '../rules/stakeholderStage';
import type { ReportAudience } from '../report/types';
import { listLabel, type ListCode, type ListName } from '../schema/lists';
import { dayToDate, dayToIso, type Day } from '../workbook/day';
import { translator, type Lang } from './i18n';
import { vocabularyMessages } from './vocabulary.messages';

const vocabularyT = translator(vocabularyMessages);

/**
 * How every door writes figures and the shared words in one language: the dashboard, the
 * command line and the report all format through this, so a percentage, a date or a status
 * reads the same wherever it appears.
 */
export interface Format {
  readonly lang: Lang;
  /** A figure that does not exist (a share of nothing, no meeting yet): a dash. */
  readonly none: string;
  /** Up to one decimal (a median of days may end in .5): `12,5` or `12.5`; null is the dash. */
  number(value: number | null): string;
  /** A whole number: `1 204` or `1,204`. */
  count(value: number | null): string;
  /** A share in [0, 1] as a whole percentage: `68 %` or `68%`. */
  percent(share: number | null): string;
  /** French dates day first (`01/07/2025`), English ones as ISO (`2025-07-01`), unambiguous in both. */
  date(day: Day | null): string;
  /** The month holding a day: `juil. 2025` or `Jul 2025`. */
  month(day: Day): string;
  /** `Trimestre 2025-Q3 (01/07/2025 au 30/09/2025)`, `Year 2025 (2025-01-01 to 2025-12-31)`. */
  period(period: ResolvedPeriod): string;
  /** When the figures stand: `au 30/09/2025`, or `à ce jour, au 15/08/2025` for a running period. */
  asOf(period: ResolvedPeriod): string;
  /** A quarter or year label marked as running: `2025-Q4 (en cours)`. */
  running(label: string): string;
  /** A target's value or goal: a count for counted targets, else a percentage. */
  targetValue(key: TargetKey, value: number | null): string;
  target(key: TargetKey): string;
  /** A measure of the programme with its number: `Measure 2: technical expertise`. */
  measure(measure: Measure): string;
  /** A stakeholder's stage in the mapping: `Contacted`, `A refusé`. */
  stage(stage: StakeholderStage): string;
  status(status: TargetStatus | 'withheld'): string;
  audience(audience: ReportAudience): string;
  /** A list value's label (pillars, categories, perpetrators…); null is the dash. */
  list<L extends ListName>(list: L, code: ListCode<L> | null): string;
  periodError(error: PeriodError): string;
}

const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };
const PERIOD_NAMES = { quarter: 'period.quarter', year: 'period.year', range: 'period.range' } as const;

function createFormatFor(lang: Lang): Format {
  const t = vocabularyT(lang);
  const locale = LOCALES[lang];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const none = t('none');
  const date = (day: Day | null): string => {
    if (day === null) return none;
    const iso = dayToIso(day);
    return lang === 'fr' ? iso.split('-').reverse().join('/') : iso;
  };
  const percent = (share: number | null) => (share === null ? none : percents.format(share));
  const count = (value: number | null) => (value === null ? none : counts.format(value));
  const periodName = (kind: PeriodKind, label: string | null) => t(PERIOD_NAMES[kind], { label });
  return {
    lang,
    none,
    number: (value) => (value === null ? none : numbers.format(value)),
    count,
    percent,
    date,
    month: (day) => months.format(dayToDate(day)),
    period: (p) => `${periodName(p.kind, p.label)} (${t('period.span', { from: date(p.from), to: date(p.to) })})`,
    asOf: (p) => t(p.asOf < p.to ? 'period.soFar' : 'period.asOf', { date: date(p.asOf) }),
    running: (label) => t('period.running', { label }),
    targetValue: (key, value) => (isCountTarget(key) ? count(value) : percent(value)),
    target: (key) => t(`target.${key}`),
    measure: (measure) => t(`measure.${measure}`),
    stage: (stage) => t(`stage.${stage}`),
    status: (status) => t(`status.${status}`),
    audience: (audience) => t(`audience.${audience}`),
    list: (list, code) => (code === null ? none : listLabel(list, code, lang)),
    periodError: (error) => {
      switch (error.code) {
        case 'period/reversed':
          return t(`periodError.${error.code}`, { from: date(error.from), to: date(error.to) });
        case 'period/not-started':
          return t(`periodError.${error.code}`, { from: date(error.from), today: date(error.today) });
        default:
          return t(`periodError.${error.code}`, { value: error.value });
      }
    },
  };
}

const formats = new Map<Lang, Format>();

/** The format of a language, made once (its Intl formatters are not cheap to build). */
export function createFormat(lang: Lang): Format {
  let format = formats.get(lang);
  if (!format) {
    format = createFormatFor(lang);
    formats.set(lang, format);
  }
  return format;
}
