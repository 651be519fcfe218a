import { createFormat, type Format, type Lang, type MessageKey, type Translator } from '../core';
import { chartsT, type chartsMessages } from './charts.messages';

/**
 * What a chart says: its own titles and captions, and the figures and names formatted as every
 * door formats them (createFormat). The builders stay language-free; a door (the pane, the
 * report) hands them this, so the pictures and their text alternatives speak the user's language.
 */
export interface ChartText {
  readonly t: Translator<MessageKey<typeof chartsMessages.en>>;
  readonly format: Format;
}

export function createChartText(lang: Lang): ChartText {
  return { t: chartsT(lang), format: createFormat(lang) };
}
