import { defineMessages, translator } from '../../../core';

/** `vpwg sample`: help, bad seed or month, and the line said once the file is written. */
export const sampleMessages = defineMessages({
  fr: {
    summary: 'écrit un classeur d’exemple réaliste de 36 mois (données fictives)',
    help: [
      'Utilisation : vpwg sample --out FICHIER.xlsx [--seed N] [--lang fr|en] [--end AAAA-MM] [--force]',
      '',
      'Écrit un classeur d’exemple réaliste et entièrement fictif du groupe de travail de Lubumbashi :',
      'environ 60 membres, trois ans de réunions mensuelles avec leurs présences, environ 80 incidents, la',
      'cartographie des acteurs, les sessions techniques et les initiatives liées.',
      'La même graine donne toujours le même contenu.',
      '  --out FICHIER   le fichier .xlsx à écrire',
      '  --seed N        graine du tirage, un entier de 0 à 4294967295 (par défaut : {{seed}})',
      '  --end AAAA-MM   dernier des 36 mois couverts (par défaut : {{end}})',
      '  --lang fr|en    langue des feuilles, des valeurs et des messages (par défaut : celle du système)',
      '  --force         remplace le fichier s’il existe déjà',
      '',
      'Code de sortie : 0 écrit, 2 argument invalide ou fichier impossible à écrire.',
    ].join('\n'),
    badSeed: 'Graine invalide : « {{value}} » (un entier de 0 à 4294967295, par exemple --seed 7).',
    badEnd: 'Mois invalide pour --end : « {{value}} » (AAAA-MM entre 1904-01 et 9997-12, par exemple 2025-09).',
    written:
      'Exemple écrit : {{file}} ({{members}} membres, {{meetings}} réunions, {{attendance}} présences, {{incidents}} incidents, {{stakeholders}} acteurs cartographiés, {{initiatives}} initiatives ; graine {{seed}}, de {{from}} à {{to}}).',
  },
  en: {
    summary: 'writes a realistic sample workbook of 36 months (fictitious data)',
    help: [
      'Usage: vpwg sample --out FILE.xlsx [--seed N] [--lang fr|en] [--end YYYY-MM] [--force]',
      '',
      'Writes a realistic, entirely fictitious sample workbook of the Lubumbashi working group:',
      'about 60 members, three years of monthly meetings with their attendance, about 80 incidents, the',
      'stakeholder mapping, technical sessions and linked initiatives.',
      'The same seed always gives the same content.',
      '  --out FILE      the .xlsx file to write',
      '  --seed N        seed of the draw, a whole number from 0 to 4294967295 (default: {{seed}})',
      '  --end YYYY-MM   the last of the 36 months covered (default: {{end}})',
      '  --lang fr|en    language of the sheets, values and messages (default: the system one)',
      '  --force         replace the file if it already exists',
      '',
      'Exit code: 0 written, 2 bad argument or file that cannot be written.',
    ].join('\n'),
    badSeed: 'Invalid seed: "{{value}}" (a whole number from 0 to 4294967295, for example --seed 7).',
    badEnd: 'Invalid month for --end: "{{value}}" (YYYY-MM between 1904-01 and 9997-12, for example 2025-09).',
    written:
      'Sample written: {{file}} ({{members}} members, {{meetings}} meetings, {{attendance}} attendance rows, {{incidents}} incidents, {{stakeholders}} stakeholders mapped, {{initiatives}} initiatives; seed {{seed}}, {{from}} to {{to}}).',
  },
});

export const sampleT = translator(sampleMessages);
