import { missingKeys } from './i18n';
import { issueMessages } from './issueMessages';
import { ISSUE_CODES } from '../validate/issue';

test('every issue message exists in French and English', () => {
  expect(missingKeys(issueMessages)).toEqual([]);
});

test('every issue code has a message', () => {
  const keys = Object.keys(issueMessages.en);
  for (const code of ISSUE_CODES) expect(keys.some((k) => k === code || k.startsWith(`${code}_`))).toBe(true);
});
