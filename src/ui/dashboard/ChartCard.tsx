import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../useMessages';
import { Chart, Tooltip } from 'chart.js';
import { registerChartParts } from '../../charts/registerChartParts';
import type { ChartSpec } from '../../charts/chartSpec';

// The charts' parts, and tooltips on the pane.
registerChartParts(Tooltip);

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  canvasBox: { position: 'relative' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left' },
  number: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    textAlign: 'right',
    whiteSpace: 'nowrap',
  },
  // Headers of figures may wrap (a narrow pane, four columns); the figures themselves never do.
  numberHead: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'right' },
  summary: { cursor: 'pointer', marginTop: tokens.spacingVerticalS, color: tokens.colorBrandForegroundLink },
});

/**
 * One chart with its text alternative: the canvas is an image named by its title and pointing
 * to the table of the same figures, which sits in a disclosure reachable by keyboard.
 */
export function ChartCard({ spec }: { readonly spec: ChartSpec }) {
  const { t } = useMessages('dashboard');
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const headingId = useId();
  const tableId = useId();

  useEffect(() => {
    const target = canvas.current;
    if (!target || spec.empty) return;
    // Each chart drawn in a task of its own, after the dashboard's text: a dozen charts drawn in
    // the same task would hold the page for a few hundred milliseconds on a slow computer.
    let chart: Chart | null = null;
    const timer = setTimeout(() => {
      chart = new Chart(target, spec.config);
    }, 0);
    return () => {
      clearTimeout(timer);
      // Undone in a task of its own as well: a new workbook replacing the dashboard would
      // otherwise take down a dozen charts in the task that draws its first view.
      const drawn = chart;
      if (drawn) setTimeout(() => drawn.destroy(), 0);
    };
  }, [spec]);

  return (
    <section className={styles.card} aria-labelledby={headingId} data-chart={spec.id}>
      <Text as="h3" weight="semibold" size={300} id={headingId} block>
        {spec.title}
      </Text>
      {spec.empty ? (
        <Text as="p">{spec.empty}</Text>
      ) : (
        <>
          <div className={styles.canvasBox} style={{ height: `${spec.height}px` }}>
            <canvas ref={canvas} role="img" aria-label={spec.title} aria-describedby={tableId} />
          </div>
          <details>
            <summary className={styles.summary}>{t('charts.showTable', { title: spec.title })}</summary>
            <table className={styles.table} id={tableId}>
              <caption className={styles.cell}>{spec.title}</caption>
              <thead>
                <tr>
                  {spec.table.headers.map((header, i) => (
                    <th key={i} scope="col" className={i === 0 ? styles.cell : styles.numberHead}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {spec.table.rows.map(([name, ...values], i) => (
                  <tr key={i}>
                    <th scope="row" className={styles.cell} style={{ fontWeight: 'normal' }}>
                      {name}
                    </th>
                    {values.map((value, j) => (
                      <td key={j} className={styles.number}>
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
