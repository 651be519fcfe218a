import { notAvailableCommand } from './notAvailable';

/** Placeholder: `vpwg report` is written by another engineer and replaces this file. */
export const reportCommand = notAvailableCommand('report', {
  fr: 'écrit le rapport trimestriel',
  en: 'writes the quarterly report',
});
