import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Format, Indicators, Measure } from '../../core';
import type { ChartSpec } from '../../charts/chartSpec';
import { ChartCard } from './ChartCard';
import { KeyFigures } from './KeyFigures';
import type { Figure } from './measureFigures';
import { TargetList } from './TargetList';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingVerticalM,
  },
});

export interface MeasureSectionProps {
  readonly measure: Measure;
  readonly indicators: Indicators;
  readonly format: Format;
  readonly figures: readonly Figure[];
  readonly charts: readonly ChartSpec[];
  /** Words or lists of the measure, after its figures (the mapping's gaps, the initiatives…). */
  readonly children?: ReactNode;
}

/**
 * One measure of the programme: its heading (a landmark to jump to), its targets, its key
 * figures, what it says in words, then its charts, each with its table.
 */
export function MeasureSection({ measure, indicators, format, figures, charts, children }: MeasureSectionProps) {
  const styles = useStyles();
  const headingId = `measure-${measure}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-measure={measure}>
      <Text as="h2" size={400} weight="semibold" id={headingId} block>
        {format.measure(measure)}
      </Text>
      <TargetList measure={measure} indicators={indicators} format={format} />
      {figures.length > 0 && <KeyFigures figures={figures} />}
      {children}
      {charts.length > 0 && (
        <div className={styles.charts}>
          {charts.map((spec) => (
            <ChartCard key={spec.id} spec={spec} />
          ))}
        </div>
      )}
    </section>
  );
}
