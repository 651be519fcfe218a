import { defineMessages, translator } from '../../../core';

/** `vpwg template`: help and the line said once the file is written. */
export const templateMessages = defineMessages({
  fr: {
    summary: 'écrit un classeur vide avec les feuilles, les en-têtes et les listes déroulantes',
    help: [
      'Utilisation : vpwg template --out FICHIER.xlsx [--lang fr|en] [--force]',
      '',
      'Écrit un classeur vide prêt à remplir : les feuilles Membres, Réunions, Présences, Incidents',
      '(tableaux Excel, en-têtes figés, listes déroulantes) et Paramètres avec leurs valeurs par défaut.',
      '  --out FICHIER   le fichier .xlsx à écrire',
      '  --lang fr|en    langue des feuilles, des en-têtes, des listes et des messages',
      '                  (par défaut : celle du système)',
      '  --force         remplace le fichier s’il existe déjà',
      '',
      'Code de sortie : 0 écrit, 2 argument invalide ou fichier impossible à écrire.',
    ].join('\n'),
    written: 'Modèle écrit : {{file}} (en français).',
  },
  en: {
    summary: 'writes an empty workbook with the sheets, headers and drop-down lists',
    help: [
      'Usage: vpwg template --out FILE.xlsx [--lang fr|en] [--force]',
      '',
      'Writes an empty workbook ready to fill in: the Members, Meetings, Attendance and Incidents',
      'sheets (Excel tables, frozen headers, drop-down lists) and Settings with their default values.',
      '  --out FILE      the .xlsx file to write',
      '  --lang fr|en    language of the sheets, headers, lists and messages (default: the system one)',
      '  --force         replace the file if it already exists',
      '',
      'Exit code: 0 written, 2 bad argument or file that cannot be written.',
    ].join('\n'),
    written: 'Template written: {{file}} (in English).',
  },
});

export const templateT = translator(templateMessages);
