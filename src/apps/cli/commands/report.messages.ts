import { defineMessages, translator } from '../../../core';

/** `vpwg report`: help, argument errors, what it says when done. */
export const reportCliMessages = defineMessages({
  fr: {
    summary: 'écrit le rapport trimestriel (.xlsx) pour les bailleurs ou pour le groupe',
    help: [
      'Utilisation : vpwg report FICHIER.xlsx (--quarter AAAA-Tn | --year AAAA) [--audience donor|internal]',
      '                          [--lang fr|en] [--as-of AAAA-MM-JJ] --out RAPPORT.xlsx [--force]',
      '',
      'Écrit le rapport de la période en un nouveau classeur : synthèse, réunions, membres, engagement,',
      'incidents, graphiques, qualité des données.',
      '  --quarter 2025-Q3   un trimestre          --year 2025   une année',
      '  --audience donor    pour les bailleurs (par défaut) : agrégats seulement, petits effectifs masqués',
      '  --audience internal pour le groupe : ajoute les membres à risque, les thèmes et la liste des incidents',
      '                      non confidentiels',
      '  --lang fr|en        langue du rapport et des messages (par défaut : celle du système)',
      '  --as-of DATE        date du jour (par défaut : aujourd’hui)',
      '  --out FICHIER       le rapport à écrire ; --force remplace un fichier existant',
      '',
      'Code de sortie : 0 rapport écrit (même si le classeur a des erreurs), 2 rien n’est écrit.',
    ].join('\n'),
    noPeriod: 'Indiquez la période : --quarter 2025-Q3 ou --year 2025.',
    twoPeriods: 'Indiquez une seule période : --quarter ou --year.',
    badAudience: 'Destinataires inconnus : « {{value}} » (donor ou internal).',
    outIsInput: 'Le rapport ne peut pas remplacer le classeur lu ({{file}}) : choisissez un autre fichier pour --out.',
    written: 'Rapport écrit : {{file}} ({{audience}}, {{period}}).',
    hasErrors:
      'Le classeur contient {{count, number}} erreur(s) : les lignes en erreur sont exclues des chiffres (voir la feuille « Qualité des données »).',
  },
  en: {
    summary: 'writes the quarterly report (.xlsx) for donors or for the group',
    help: [
      'Usage: vpwg report FILE.xlsx (--quarter YYYY-Qn | --year YYYY) [--audience donor|internal]',
      '                          [--lang fr|en] [--as-of YYYY-MM-DD] --out REPORT.xlsx [--force]',
      '',
      'Writes the report of the period as a new workbook: summary, meetings, membership, engagement,',
      'incidents, charts, data quality.',
      '  --quarter 2025-Q3   a quarter             --year 2025   a year',
      '  --audience donor    for donors (the default): aggregates only, small counts hidden',
      '  --audience internal for the group: adds members at risk, meeting topics and the list of',
      '                      non-confidential incidents',
      '  --lang fr|en        language of the report and of messages (default: the system’s)',
      '  --as-of DATE        today’s date (default: today)',
      '  --out FILE          the report to write; --force replaces an existing file',
      '',
      'Exit code: 0 report written (also when the workbook has errors), 2 nothing written.',
    ].join('\n'),
    noPeriod: 'Say which period: --quarter 2025-Q3 or --year 2025.',
    twoPeriods: 'Give only one period: --quarter or --year.',
    badAudience: 'Unknown audience: "{{value}}" (donor or internal).',
    outIsInput: 'The report cannot replace the workbook it reads ({{file}}): choose another file for --out.',
    written: 'Report written: {{file}} ({{audience}}, {{period}}).',
    hasErrors:
      'The workbook has {{count, number}} error(s): rows with errors are left out of the figures (see the "Data quality" sheet).',
  },
});

export const reportCliT = translator(reportCliMessages);
