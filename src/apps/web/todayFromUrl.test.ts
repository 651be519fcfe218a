import { dayFromYmd } from '../../core';
import { todayFromUrl } from './todayFromUrl';

describe('the web page’s ?asOf=', () => {
  it.each([
    ['?asOf=2025-10-15', dayFromYmd(2025, 10, 15)],
    ['?lang=fr&asOf=2024-02-29', dayFromYmd(2024, 2, 29)],
    ['?asOf=2025-02-30', null],
    ['?asOf=15/10/2025', null],
    ['?asOf=', null],
    ['', null],
  ])('%s gives %s (null: the computer’s today)', (search, expected) => {
    expect(todayFromUrl(search)).toBe(expected);
  });
});
