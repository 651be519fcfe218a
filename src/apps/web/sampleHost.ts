import { dayToYmd, generateSample, planToRawWorkbook, type Day, type Lang } from '../../core';
import type { Host } from '../../ports';

/**
 * The built-in sample, generated in the page (no network), ending with the current month so
 * the running quarter has figures. Written in the user's language, as the template would be.
 */
export function createSampleHost(lang: Lang, today: Day): Host {
  const { year, month } = dayToYmd(today);
  const end = { year, month };
  return {
    kind: 'web',
    initialLang: lang,
    excel: null,
    readWorkbook: async (onProgress) => {
      onProgress?.({ step: 'parse', fraction: null });
      return { ok: true, value: planToRawWorkbook(generateSample({ lang, end })) };
    },
  };
}
