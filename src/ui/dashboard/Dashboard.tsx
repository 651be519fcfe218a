import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type Ref } from 'react';
import { useMessages } from '../useMessages';
import {
  computeIndicators,
  resolvePeriod,
  type Day,
  type Lang,
  type PeriodRequest,
  type ValidatedWorkbook,
} from '../../core/index';
import { createChartLabels } from '../../adapters/charts/chartLabels';
import { dashboardCharts } from '../../adapters/charts/dashboardCharts';
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

/** The message of each period error. */
const PERIOD_ERRORS = {
  'period/bad-quarter': 'period.error.bad-quarter',
  'period/bad-year': 'period.error.bad-year',
  'period/bad-date': 'period.error.bad-date',
  'period/reversed': 'period.error.reversed',
  'period/not-started': 'period.error.not-started',
} as const;

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
  const labels = useMemo(() => createChartLabels(lang), [lang]);
  const resolved = useMemo(() => resolvePeriod(request, today), [request, today]);
  const figures = useMemo(() => {
    if (!resolved.ok) return null;
    const indicators = computeIndicators(validated, resolved.period);
    return { indicators, charts: dashboardCharts(indicators, labels) };
  }, [validated, resolved, labels]);

  return (
    <div className={styles.root}>
      <PeriodPicker value={request} today={today} onChange={onRequest} quarterRef={quarterRef} />
      <StatusRegion>
        {!resolved.ok && (
          <MessageBar intent="warning">
            <MessageBarBody>{t(PERIOD_ERRORS[resolved.error.code], resolved.error)}</MessageBarBody>
          </MessageBar>
        )}
      </StatusRegion>
      {resolved.ok && figures && (
        <>
          <Text as="p" data-testid="period-shown">
            {resolved.period.asOf < resolved.period.to
              ? t('period.shownSoFar', {
                  from: labels.date(resolved.period.from),
                  asOf: labels.date(resolved.period.asOf),
                })
              : t('period.shown', {
                  from: labels.date(resolved.period.from),
                  to: labels.date(resolved.period.to),
                })}
          </Text>
          <section aria-labelledby="targets-heading">
            <Text as="h2" size={400} weight="semibold" id="targets-heading" block>
              {t('targets.title')}
            </Text>
            <TargetList indicators={figures.indicators} labels={labels} />
          </section>
          <section aria-labelledby="figures-heading">
            <Text as="h2" size={400} weight="semibold" id="figures-heading" block>
              {t('figures.title')}
            </Text>
            <KeyFigures indicators={figures.indicators} labels={labels} />
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
