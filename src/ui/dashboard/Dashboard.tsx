import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type Ref } from 'react';
import { useMessages } from '../useMessages';
import {
  MEASURES,
  computeIndicators,
  computeIndicatorsSteps,
  createFormat,
  resolvePeriod,
  type Indicators,
  type Day,
  type Lang,
  type PeriodRequest,
  type ValidatedWorkbook,
} from '../../core';
import { createChartText } from '../../charts/chartText';
import { dashboardCharts } from '../../charts/dashboardCharts';
import { StatusRegion } from '../StatusRegion';
import { InitiativeList } from './InitiativeList';
import { CountriesNote, OutreachNote } from './MeasureNotes';
import { MeasureSection } from './MeasureSection';
import { measureFigures } from './measureFigures';
import { PeriodPicker } from './PeriodPicker';
import { runInSlices } from '../runInSlices';

/**
 * Up to this many attendance rows the figures are computed as the dashboard draws (a few
 * milliseconds); beyond, a slice at a time just after it, so that a million rows never hold the
 * page or the pane.
 */
const AT_ONCE_ROWS = 50_000;

type Computed =
  | { readonly validated: ValidatedWorkbook; readonly period: unknown; readonly indicators: Indicators }
  | { readonly validated: ValidatedWorkbook; readonly period: unknown; readonly error: unknown };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Rows of every sheet left out of the figures for an error. */
function excluded(indicators: Indicators): number {
  return Object.values(indicators.excludedRows).reduce((a, b) => a + b, 0);
}

export interface DashboardProps {
  readonly validated: ValidatedWorkbook;
  readonly today: Day;
  readonly lang: Lang;
  readonly request: PeriodRequest;
  readonly onRequest: (request: PeriodRequest) => void;
  /** The period picker's quarter select (see PeriodPicker). */
  readonly quarterRef?: Ref<HTMLSelectElement>;
}

/** The programme's four measures for the chosen period, each with its targets, key figures and charts. */
export function Dashboard({ validated, today, lang, request, onRequest, quarterRef }: DashboardProps) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const format = createFormat(lang);
  const chartText = useMemo(() => createChartText(lang), [lang]);
  const resolved = useMemo(() => resolvePeriod(request, today), [request, today]);
  const atOnce = validated.attendance.length <= AT_ONCE_ROWS;
  const period = resolved.ok ? resolved.period : null;
  const computedNow = useMemo(
    () => (atOnce && period ? computeIndicators(validated, period) : null),
    [atOnce, validated, period],
  );
  const [computedLater, setComputedLater] = useState<Computed | null>(null);
  useEffect(() => {
    if (atOnce || !period) return;
    let wanted = true;
    runInSlices(computeIndicatorsSteps(validated, period), { wanted: () => wanted }).then(
      (indicators) => {
        if (wanted && indicators) setComputedLater({ validated, period, indicators });
      },
      (error: unknown) => {
        if (wanted) setComputedLater({ validated, period, error });
      },
    );
    return () => {
      wanted = false;
    };
  }, [atOnce, validated, period]);
  const later = computedLater?.validated === validated && computedLater.period === period ? computedLater : null;
  // A failure while computing in slices is the same failure as while drawing: thrown here.
  if (later && 'error' in later) throw later.error;
  const indicators = computedNow ?? (later && 'indicators' in later ? later.indicators : null);
  const figures = useMemo(
    () =>
      indicators
        ? {
            indicators,
            charts: dashboardCharts(indicators, chartText),
            figures: measureFigures(indicators, format, t),
          }
        : null,
    [indicators, chartText, format, t],
  );

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
      {resolved.ok && !figures && (
        <div aria-busy="true">
          <Spinner size="small" label={t('computing')} />
        </div>
      )}
      {resolved.ok && figures && (
        <>
          <Text as="p" data-testid="period-shown">
            {`${format.period(resolved.period)}, ${format.asOf(resolved.period)}`}
          </Text>
          {MEASURES.map((measure) => (
            <MeasureSection
              key={measure}
              measure={measure}
              indicators={figures.indicators}
              format={format}
              figures={figures.figures[measure]}
              // Without a Stakeholders sheet, measure 1 says how to start one instead of an empty funnel.
              charts={figures.charts[measure].filter((c) => c.id !== 'funnel' || figures.indicators.outreach)}
            >
              {measure === 1 && (
                <OutreachNote
                  outreach={figures.indicators.outreach}
                  minPerPillar={figures.indicators.settings.minPerPillar}
                  format={format}
                />
              )}
              {measure === 2 && <CountriesNote expertise={figures.indicators.expertise} format={format} />}
              {measure === 4 && <InitiativeList links={figures.indicators.links} format={format} />}
            </MeasureSection>
          ))}
          <Text as="p" data-figure="excluded">
            {t('figures.excluded', { n: format.count(excluded(figures.indicators)) })}
          </Text>
        </>
      )}
    </div>
  );
}
