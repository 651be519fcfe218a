import { defineMessages } from '../../core';

/** The Issues tab. Issue sentences themselves come from the core (formatIssueMessage). */
export const issuesMessages = defineMessages({
  fr: {
    summary: '{{errors, number}} erreur(s), {{warnings, number}} avertissement(s), {{infos, number}} information(s)',
    none: 'Aucun problème : le classeur respecte le modèle.',
    sheetCounts: '{{errors, number}} erreur(s), {{warnings, number}} avertissement(s), {{infos, number}} info(s)',
    severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
    hint: 'Suggestion : {{hint}}',
    select: 'Aller à la cellule {{cell}}',
    cell: 'Cellule {{cell}}',
    highlight: 'Surligner les cellules',
    clear: 'Effacer le surlignage',
    highlighted: '{{count, number}} cellule(s) surlignée(s).',
    cleared: '{{count, number}} surlignage(s) effacé(s).',
    more: 'Afficher {{count, number}} de plus ({{hidden}} non affichés)',
    excludedNote: 'Les lignes comportant une erreur sont écartées des chiffres.',
    unlisted:
      '{{count, number}} autre(s) problème(s) de cette feuille compté(s) mais non listé(s) : seuls les {{listed, number}} premiers de chaque type sont listés.',
  },
  en: {
    summary: '{{errors, number}} error(s), {{warnings, number}} warning(s), {{infos, number}} note(s)',
    none: 'No issues: the workbook follows the template.',
    sheetCounts: '{{errors, number}} error(s), {{warnings, number}} warning(s), {{infos, number}} note(s)',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    hint: 'Did you mean: {{hint}}',
    select: 'Go to cell {{cell}}',
    cell: 'Cell {{cell}}',
    highlight: 'Highlight cells',
    clear: 'Clear highlights',
    highlighted: '{{count, number}} cell(s) highlighted.',
    cleared: '{{count, number}} highlight(s) cleared.',
    more: 'Show {{count, number}} more ({{hidden}} not shown)',
    excludedNote: 'Rows with an error are left out of the figures.',
    unlisted:
      '{{count, number}} more issue(s) in this sheet counted but not listed: only the first {{listed, number}} of each kind are listed.',
  },
});
