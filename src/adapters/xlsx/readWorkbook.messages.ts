import { defineMessages, translator, type Lang } from '../../core';
import { MAX_WORKBOOK_BYTES, type WorkbookReadError } from './workbookReadError';

/** One sentence per reason a file cannot be read; `{{file}}` is the name the user gave. */
export const readWorkbookMessages = defineMessages({
  fr: {
    missing: 'Le fichier « {{file}} » est introuvable.',
    unreadable: 'Le fichier « {{file}} » ne peut pas être lu (dossier ou droits insuffisants).',
    empty: 'Le fichier « {{file}} » est vide.',
    'too-large': 'Le fichier « {{file}} » dépasse {{limit}} Mo : ce n’est pas un classeur de suivi ordinaire.',
    encrypted:
      'Le classeur « {{file}} » est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis réessayez.',
    xls: 'Le fichier « {{file}} » est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, puis réessayez.',
    ods: 'Le fichier « {{file}} » est une feuille OpenDocument (.ods) : enregistrez-le au format .xlsx, puis réessayez.',
    'not-a-workbook': 'Le fichier « {{file}} » n’est pas un classeur Excel (.xlsx).',
    corrupt: 'Le classeur « {{file}} » est endommagé ou incomplet : ouvrez-le dans Excel et enregistrez-le à nouveau.',
  },
  en: {
    missing: 'The file "{{file}}" does not exist.',
    unreadable: 'The file "{{file}}" cannot be read (a folder, or not enough permissions).',
    empty: 'The file "{{file}}" is empty.',
    'too-large': 'The file "{{file}}" is larger than {{limit}} MB: it is not an ordinary monitoring workbook.',
    encrypted: 'The workbook "{{file}}" is protected by a password: save a copy without a password and try again.',
    xls: 'The file "{{file}}" is in the Excel 97-2003 format (.xls): save it as .xlsx and try again.',
    ods: 'The file "{{file}}" is an OpenDocument spreadsheet (.ods): save it as .xlsx and try again.',
    'not-a-workbook': 'The file "{{file}}" is not an Excel workbook (.xlsx).',
    corrupt: 'The workbook "{{file}}" is damaged or incomplete: open it in Excel and save it again.',
  },
});

const readT = translator(readWorkbookMessages);

/** The one sentence telling the user why `file` could not be read, in their language. */
export function workbookReadMessage(error: WorkbookReadError, file: string, lang: Lang): string {
  return readT(lang)(error.reason, { file, limit: MAX_WORKBOOK_BYTES / (1024 * 1024) });
}
