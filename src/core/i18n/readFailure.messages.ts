import type { WorkbookReadFailure } from '../workbook/readFailure';
import { defineMessages, translator, type Lang } from './i18n';

/**
 * One sentence per reason a file cannot be read: `{{file}}` is the name the user gave, `{{ext}}`
 * its own extension (a .xlsm is not called .xlsx), `{{limit}}` the limit it passed.
 */
export const readFailureMessages = defineMessages({
  fr: {
    missing: 'Le fichier « {{file}} » est introuvable.',
    unreadable: 'Le fichier « {{file}} » ne peut pas être lu (dossier ou droits insuffisants).',
    empty: 'Le fichier « {{file}} » est vide.',
    'too-large': 'Le fichier « {{file}} » dépasse {{limit}} Mo : ce n’est pas un classeur de suivi ordinaire.',
    'inflated-too-large':
      'Le classeur « {{file}} » occuperait plus de {{limit}} Mo une fois décompressé : il est trop volumineux pour être lu ici.',
    'zip-bomb':
      'Le fichier « {{file}} » est compressé comme aucun classeur ne l’est (une « bombe de décompression ») : il n’a pas été ouvert.',
    'cell-too-long':
      'Le classeur « {{file}} » contient une cellule de plus de {{limit}} caractères, ce qu’Excel n’autorise pas : il est endommagé ou n’a pas été fait par un tableur.',
    encrypted:
      'Le classeur « {{file}} » est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis réessayez.',
    xls: 'Le fichier « {{file}} » est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, puis réessayez.',
    xlsb: 'Le fichier « {{file}} » est un classeur binaire Excel (.xlsb) : enregistrez-le au format .xlsx, puis réessayez.',
    ods: 'Le fichier « {{file}} » est une feuille OpenDocument (.ods) : enregistrez-le au format .xlsx, puis réessayez.',
    'not-a-workbook': 'Le fichier « {{file}} » n’est pas un classeur Excel ({{ext}}).',
    corrupt:
      'Le classeur « {{file}} » est endommagé ou incomplet : ouvrez-le dans Excel et enregistrez-le à nouveau ({{ext}}).',
  },
  en: {
    missing: 'The file "{{file}}" does not exist.',
    unreadable: 'The file "{{file}}" cannot be read (a folder, or not enough permissions).',
    empty: 'The file "{{file}}" is empty.',
    'too-large': 'The file "{{file}}" is larger than {{limit}} MB: it is not an ordinary monitoring workbook.',
    'inflated-too-large':
      'The workbook "{{file}}" would take more than {{limit}} MB once unpacked: it is too large to be read here.',
    'zip-bomb': 'The file "{{file}}" is packed as no workbook is (a zip bomb): it was not opened.',
    'cell-too-long':
      'The workbook "{{file}}" has a cell longer than {{limit}} characters, which Excel does not allow: it is damaged or was not made by a spreadsheet program.',
    encrypted: 'The workbook "{{file}}" is protected by a password: save a copy without a password and try again.',
    xls: 'The file "{{file}}" is in the Excel 97-2003 format (.xls): save it as .xlsx and try again.',
    xlsb: 'The file "{{file}}" is an Excel binary workbook (.xlsb): save it as .xlsx and try again.',
    ods: 'The file "{{file}}" is an OpenDocument spreadsheet (.ods): save it as .xlsx and try again.',
    'not-a-workbook': 'The file "{{file}}" is not an Excel workbook ({{ext}}).',
    corrupt: 'The workbook "{{file}}" is damaged or incomplete: open it in Excel and save it again ({{ext}}).',
  },
});

const readFailureT = translator(readFailureMessages);

/** The workbook extension the file has (`.xlsm`…), or `.xlsx` for any other name. */
function workbookExtension(file: string): string {
  const ext = /\.(xlsx|xlsm|xltx|xltm)$/i.exec(file)?.[1];
  return ext ? `.${ext.toLowerCase()}` : '.xlsx';
}

/**
 * The one sentence telling the user why `file` could not be read, in their language: the same
 * from `vpwg`, the web page and the pane (a reason without its sentence fails the typecheck).
 */
export function readFailureMessage(failure: WorkbookReadFailure, file: string, lang: Lang): string {
  // Grouped as each language writes numbers (32 767 in French, 32,767 in English), never broken.
  const limit =
    failure.limit === undefined
      ? ''
      : new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(failure.limit).replace(/\s/g, '\u00a0');
  return readFailureT(lang)(failure.reason, { file, ext: workbookExtension(file), limit });
}
