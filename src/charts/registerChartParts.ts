import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

/**
 * Registers only the chart.js parts the charts use (bars, the target line, two scales,
 * the legend), so the pane's bundle carries no other chart type. Registering twice is harmless.
 */
export function registerChartParts(...extra: Parameters<typeof Chart.register>): void {
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    ...extra,
  );
}
