import { notAvailableCommand } from './notAvailable';

/** Placeholder: `vpwg indicators` is written by another engineer and replaces this file. */
export const indicatorsCommand = notAvailableCommand('indicators', {
  fr: 'calcule les indicateurs d’une période',
  en: 'computes the indicators of a period',
});
