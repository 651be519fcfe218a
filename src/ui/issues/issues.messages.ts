import { defineMessages } from '../../core';

/** The Issues tab. Issue sentences themselves come from the core (formatIssueMessage). */
export const issuesMessages = defineMessages({
  fr: {
    summary: '{{errors}} erreur(s), {{warnings}} avertissement(s), {{infos}} information(s)',
    none: 'Aucun problème : le classeur respecte le modèle.',
    sheetCounts: '{{errors}} erreur(s), {{warnings}} avertissement(s), {{infos}} info(s)',
    severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
    hint: 'Suggestion : {{hint}}',
    select: 'Aller à la cellule {{cell}}',
    cell: 'Cellule {{cell}}',
    highlight: 'Surligner les cellules',
    clear: 'Effacer le surlignage',
    highlighted: '{{count}} cellule(s) surlignée(s).',
    cleared: '{{count}} surlignage(s) effacé(s).',
    more: 'Afficher {{count}} de plus ({{hidden}} non affichés)',
    excludedNote: 'Les lignes comportant une erreur sont écartées des chiffres.',
  },
  en: {
    summary: '{{errors}} error(s), {{warnings}} warning(s), {{infos}} note(s)',
    none: 'No issues: the workbook follows the template.',
    sheetCounts: '{{errors}} error(s), {{warnings}} warning(s), {{infos}} note(s)',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    hint: 'Did you mean: {{hint}}',
    select: 'Go to cell {{cell}}',
    cell: 'Cell {{cell}}',
    highlight: 'Highlight cells',
    clear: 'Clear highlights',
    highlighted: '{{count}} cell(s) highlighted.',
    cleared: '{{count}} highlight(s) cleared.',
    more: 'Show {{count}} more ({{hidden}} not shown)',
    excludedNote: 'Rows with an error are left out of the figures.',
  },
});
