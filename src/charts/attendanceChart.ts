import type { MeetingParticipation } from '../core';
import type { ChartText } from './chartText';
import { CHART_COLOURS, targetLine, verticalWithLegend, type ChartOptions, type ChartSpec } from './chartSpec';

/** Attendance rate per meeting held in the period (bars) against the target rate (a dashed line). */
export function attendanceChart(
  meetings: readonly MeetingParticipation[],
  target: number,
  text: ChartText,
  options: ChartOptions = { responsive: true },
): ChartSpec {
  const { t, format } = text;
  const names = meetings.map((m) => format.date(m.date));
  const rates = meetings.map((m) => m.rate);
  return {
    id: 'attendance',
    title: t('attendance.title'),
    height: 240,
    empty: meetings.length === 0 ? t('attendance.empty') : null,
    config: {
      type: 'bar',
      data: {
        labels: names,
        datasets: [
          { type: 'bar', label: t('attendance.rate'), data: rates, backgroundColor: CHART_COLOURS.bar, order: 2 },
          targetLine(`${t('attendance.target')} (${format.percent(target)})`, target),
        ],
      },
      options: verticalWithLegend(options, {
        min: 0,
        max: 1,
        ticks: { callback: (v: string | number) => format.percent(Number(v)) },
      }),
    },
    table: {
      headers: [t('attendance.meeting'), t('attendance.rate')],
      rows: meetings.map((m, i) => [
        `${names[i] ?? format.date(m.date)} (${m.meetingId})`,
        m.rate === null
          ? t('noValue')
          : `${format.percent(m.rate)} (${format.count(m.attended)}/${format.count(m.expected)})`,
      ]),
    },
  };
}
