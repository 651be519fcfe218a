import { notAvailableCommand } from './notAvailable';

/** Placeholder: `vpwg sample` is written by another engineer and replaces this file. */
export const sampleCommand = notAvailableCommand('sample', {
  fr: 'écrit un classeur d’exemple réaliste de 36 mois',
  en: 'writes a realistic sample workbook of 36 months',
});
