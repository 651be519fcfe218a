import {
  dayToDate,
  listLabel,
  type Day,
  type IncidentCategory,
  type Lang,
  type PillarOrObserver,
  type Translator,
  type MessageKey,
} from '../../core/index';
import { chartsMessages, chartsT } from './charts.messages';

/**
 * Everything a chart shows in words or formatted numbers. The builders stay language-free;
 * a door (the pane, the report) hands them these, so the pictures and their text
 * alternatives speak the user's language.
 */
export interface ChartLabels {
  readonly lang: Lang;
  readonly t: Translator<MessageKey<typeof chartsMessages.en>>;
  pillar(code: PillarOrObserver): string;
  category(code: IncidentCategory): string;
  /** 15 July 2025 → `15 juil. 2025` or `15 Jul 2025`. */
  date(day: Day): string;
  /** Any day of July 2025 → `juil. 2025` or `Jul 2025`. */
  month(day: Day): string;
  /** 0.675 → `68 %` or `68%`. */
  percent(share: number): string;
  count(n: number): string;
}

export function createChartLabels(lang: Lang): ChartLabels {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    lang,
    t: chartsT(lang),
    pillar: (code) => listLabel('pillar', code, lang),
    category: (code) => listLabel('incidentCategory', code, lang),
    date: (day) => dateFormat.format(dayToDate(day)),
    month: (day) => monthFormat.format(dayToDate(day)),
    percent: (share) => percentFormat.format(share),
    count: (n) => countFormat.format(n),
  };
}
