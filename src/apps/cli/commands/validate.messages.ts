import { defineMessages, translator } from '../../../core';

/** `vpwg validate`: help, the counts line, severity names, the hint. */
export const validateMessages = defineMessages({
  fr: {
    summary: 'vérifie un classeur et liste les problèmes (code de sortie 0 : aucune erreur, 1 : des erreurs)',
    help: [
      'Utilisation : vpwg validate FICHIER.xlsx [--json] [--lang fr|en] [--as-of AAAA-MM-JJ]',
      '',
      'Vérifie le classeur de suivi et liste les problèmes par feuille : erreurs, puis avertissements, puis informations.',
      '  --json          un seul objet JSON sur la sortie standard { valid, counts, issues }',
      '  --lang fr|en    langue des messages (par défaut : celle du système)',
      '  --as-of DATE    date du jour pour repérer les dates futures (par défaut : aujourd’hui)',
      '',
      'Code de sortie : 0 aucune erreur, 1 des erreurs, 2 fichier illisible ou argument invalide.',
    ].join('\n'),
    valid: '{{file}} : aucune erreur.',
    invalid: '{{file}} : le classeur contient des erreurs.',
    counts: '{{errors}}, {{warnings}}, {{infos}}',
    error_one: '{{count}} erreur',
    error_other: '{{count}} erreurs',
    warning_one: '{{count}} avertissement',
    warning_other: '{{count}} avertissements',
    info_one: '{{count}} information',
    info_other: '{{count}} informations',
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    hint: 'Vouliez-vous dire « {{hint}} » ?',
    row: 'ligne {{row}}',
    sheetHeading: 'Feuille {{sheet}}',
  },
  en: {
    summary: 'checks a workbook and lists its issues (exit code 0: no errors, 1: errors)',
    help: [
      'Usage: vpwg validate FILE.xlsx [--json] [--lang fr|en] [--as-of YYYY-MM-DD]',
      '',
      'Checks the monitoring workbook and lists the issues by sheet: errors, then warnings, then infos.',
      '  --json          a single JSON object on standard output { valid, counts, issues }',
      '  --lang fr|en    language of messages (default: the system one)',
      '  --as-of DATE    today, to spot future dates (default: today)',
      '',
      'Exit code: 0 no errors, 1 errors, 2 unreadable file or bad argument.',
    ].join('\n'),
    valid: '{{file}}: no errors.',
    invalid: '{{file}}: the workbook has errors.',
    counts: '{{errors}}, {{warnings}}, {{infos}}',
    error_one: '{{count}} error',
    error_other: '{{count}} errors',
    warning_one: '{{count}} warning',
    warning_other: '{{count}} warnings',
    info_one: '{{count}} info',
    info_other: '{{count}} infos',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    hint: 'Did you mean "{{hint}}"?',
    row: 'row {{row}}',
    sheetHeading: 'Sheet {{sheet}}',
  },
});

export const validateT = translator(validateMessages);
