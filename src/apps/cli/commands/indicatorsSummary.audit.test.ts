import { indicatorsSummary } from './indicatorsSummary';
import type { BookRows } from '../../../../test/builders/workbook';
import { runEngine } from '../../../../test/builders/engineRun';

// Two members who came to none of the last three meetings: the at-risk line lists them.
const book: BookRows = {
  members: [
    ['M2', 'Extractive', '2020-01-01'],
    ['M1', 'ONG', '2020-01-01'],
  ],
  meetings: [
    ['R1', '2025-07-10'],
    ['R2', '2025-08-10'],
    ['R3', '2025-09-10'],
  ],
  incidents: null,
};

describe('audit: the readable summary of the at-risk members', () => {
  const x = runEngine(book, '2025-Q3', '2025-10-01').x;

  test('in English: the count, a colon, the IDs', () => {
    expect(indicatorsSummary(x, 'en')).toMatch(/At risk of dropping out\s+2: M1, M2\n/);
  });

  test('in French, the colon takes a no-break space before it, as everywhere else in the French messages', () => {
    expect(indicatorsSummary(x, 'fr')).toMatch(/Risque de décrochage\s+2\u00a0: M1, M2\n/);
  });
});
