import type { Highlight } from '../../../core';
import type { ReportText } from './reportText';

/** One highlight fact as a sentence in the report's language. */
export function highlightSentence(h: Highlight, x: ReportText): string {
  const { t, format } = x;
  switch (h.kind) {
    case 'meetingsHeld':
      return t('highlight.meetingsHeld', { held: h.held, expected: h.expected });
    case 'fullPillar':
      return t('highlight.fullPillar', { full: h.full, of: h.of });
    case 'attendance':
      return t('highlight.attendance', { rate: format.percent(h.rate), target: format.percent(h.target) });
    case 'membership':
      return t('highlight.membership', { active: h.active, joined: h.joined, left: h.left });
    case 'atRisk':
      return t('highlight.atRisk', { count: h.count, share: x.format.percent(h.regularShare) });
    case 'incidentsTooFew':
      return t('highlight.incidentsTooFew', { minCount: h.minCount });
    case 'incidentsNotQuarterOrYear':
      return t('highlight.incidentsNotQuarterOrYear');
    case 'incidents':
      return t('highlight.incidents', {
        recorded: x.countWords(h.recorded),
        shared: h.sharedShare.kind === 'withheld' ? x.words.withheld : x.format.percent(h.sharedShare.value),
        overdue: x.countWords(h.overdue),
      });
  }
}
