import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type Ref } from 'react';
import { useMessages } from '../useMessages';
import {
  computeIndicators,
  createFormat,
  resolvePeriod,
  type Day,
  type Lang,
  type PeriodRequest,
  type ValidatedWorkbook,
} from '../../core';
import { createChartText } from '../../charts/chartText';
import { dashboardCharts } from '../../charts/dashboardCharts';
import { StatusRegion } from '../StatusRegion';
import { ChartCard } from './ChartCard';
import { KeyFigures } from './KeyFigures';
import { PeriodPicker } from './PeriodPicker';
import { TargetList } from './TargetList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingVerticalM,
  },
});

export interface DashboardProps {
  readonly validated: ValidatedWorkbook;
  readonly today: Day;
  readonly lang: Lang;
  readonly request: PeriodRequest;
  readonly onRequest: (request: PeriodRequest) => void;
  /** The period picker's quarter select (see PeriodPicker). */
  readonly quarterRef?: Ref<HTMLSelectElement>;
}

/** Targets, key figures and the four charts for the chosen period. */
export function Dashboard({ validated, today, lang, request, onRequest, quarterRef }: DashboardProps) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const format = createFormat(lang);
  const chartText = useMemo(() => createChartText(lang), [lang]);
  const resolved = useMemo(() => resolvePeriod(request, today), [request, today]);
  const figures = useMemo(() => {
    if (!resolved.ok) return null;
    const indicators = computeIndicators(validated, resolved.period);
    return { indicators, charts: dashboardCharts(indicators, chartText) };
  }, [validated, resolved, chartText]);

  return (
    <div className={styles.root}>
      <PeriodPicker value={request} today={today} onChange={onRequest} quarterRef={quarterRef} />
      <StatusRegion>
        {!resolved.ok && (
          <MessageBar intent="warning">
            <MessageBarBody>{format.periodError(resolved.error)}</MessageBarBody>
          </MessageBar>
        )}
      </StatusRegion>
      {resolved.ok && figures && (
        <>
          <Text as="p" data-testid="period-shown">
            {`${format.period(resolved.period)}, ${format.asOf(resolved.period)}`}
          </Text>
          <section aria-labelledby="targets-heading">
            <Text as="h2" size={400} weight="semibold" id="targets-heading" block>
              {t('targets.title')}
            </Text>
            <TargetList indicators={figures.indicators} format={format} />
          </section>
          <section aria-labelledby="figures-heading">
            <Text as="h2" size={400} weight="semibold" id="figures-heading" block>
              {t('figures.title')}
            </Text>
            <KeyFigures indicators={figures.indicators} format={format} />
          </section>
          {/* Its own heading: the charts' h3 titles must not read as parts of the key figures. */}
          <section aria-labelledby="charts-heading">
            <Text as="h2" size={400} weight="semibold" id="charts-heading" block>
              {t('charts.title')}
            </Text>
            <div className={styles.charts}>
              {figures.charts.map((spec) => (
                <ChartCard key={spec.id} spec={spec} />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
