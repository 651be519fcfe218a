import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type Ref } from 'react';
import { useMessages } from '../useMessages';
import {
  MEASURES,
  computeIndicators,
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
  const figures = useMemo(() => {
    if (!resolved.ok) return null;
    const indicators = computeIndicators(validated, resolved.period);
    return {
      indicators,
      charts: dashboardCharts(indicators, chartText),
      figures: measureFigures(indicators, format, t),
    };
  }, [validated, resolved, chartText, format, t]);

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
