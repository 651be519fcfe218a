import { validateWorkbook } from '../validate/validateWorkbook';
import { dayFromYmd } from '../workbook/day';
import { sampleWorkbook } from '../../../test/report/sampleReport';
import { dataQualitySection } from './dataQualitySection';
import { withRepeatedAttendance } from '../../../test/helpers/repeatedRows';

const TODAY = dayFromYmd(2025, 10, 15);

describe("the report's data quality section", () => {
  it('counts every issue, also when the screens listed only the first of each kind', () => {
    const workbook = withRepeatedAttendance(sampleWorkbook('en'), 30);
    const all = validateWorkbook(workbook, { asOf: TODAY });
    const capped = validateWorkbook(workbook, { asOf: TODAY, listedPerGroup: 2 });
    expect(capped.issues.length).toBeLessThan(all.issues.length);
    const section = dataQualitySection(capped);
    expect(section).toEqual(dataQualitySection(all));
    const repeated = section.issues.filter((r) => r.sheet === 'Attendance').map((r) => r.count);
    expect(Math.max(...repeated)).toBeGreaterThanOrEqual(30);
  });
});
