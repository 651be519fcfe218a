import type { CountedPart, Topic } from '../core';
import type { ChartText } from './chartText';
import { horizontalBars, horizontalHeight, type ChartOptions, type ChartSpec } from './chartSpec';

/**
 * The topics discussed at the meetings held in the period (measure 2), most discussed first: a
 * topic of the list by its name in the language, any other as the secretariat wrote it.
 */
export function topicsChart(
  topics: readonly CountedPart<Topic>[],
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t, format } = text;
  const names = topics.map((topic) => (topic.custom ? topic.key : format.list('topic', topic.key)));
  const counts = topics.map((topic) => topic.meetings);
  return {
    id: 'topics',
    title: t('topics.title'),
    height: horizontalHeight(Math.max(1, topics.length)),
    empty: topics.length === 0 ? t('topics.none') : null,
    config: horizontalBars(names, counts, t('topics.count'), options),
    table: {
      headers: [t('topics.topic'), t('topics.count')],
      rows: topics.map((topic, i) => [names[i] ?? topic.key, format.count(topic.meetings)]),
    },
  };
}
