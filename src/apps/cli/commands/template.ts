import { notAvailableCommand } from './notAvailable';

/** Placeholder: `vpwg template` is written by another engineer and replaces this file. */
export const templateCommand = notAvailableCommand('template', {
  fr: 'écrit un classeur vide avec les feuilles, les en-têtes et les listes déroulantes',
  en: 'writes an empty workbook with the sheets, headers and drop-down lists',
});
