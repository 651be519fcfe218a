import { defineMessages } from '../../core';

/** The Report tab. */
export const reportMessages = defineMessages({
  fr: {
    intro: 'Le rapport trimestriel : synthèse, réunions, membres, incidents, graphiques et qualité des données.',
    quarter: 'Trimestre',
    language: 'Langue du rapport',
    audience: 'Destinataires',
    audienceHints: {
      internal: 'Tous les détails, pour le groupe de travail.',
      donor: 'Chiffres agrégés seulement ; les petits effectifs sont masqués.',
    },
    langs: { fr: 'Français', en: 'Anglais' },
    export: 'Exporter le rapport',
    open: 'Ouvrir le rapport dans un nouveau classeur',
    noCreateWorkbook:
      "Cette version d'Excel ne permet pas à un complément d'ouvrir un nouveau classeur (il faut ExcelApi 1.8, Excel 2019 ou Microsoft 365) : le rapport sera téléchargé, ouvrez-le ensuite depuis vos téléchargements.",
    downloadedNoExcel:
      "Le rapport {{name}} a été téléchargé : cette version d'Excel ne permet pas au complément de l'ouvrir dans un nouveau classeur. Ouvrez-le depuis vos téléchargements.",
    downloadInstead: 'Télécharger le rapport',
    building: 'Préparation du rapport…',
    downloaded: 'Le rapport {{name}} a été téléchargé.',
    opened: 'Le rapport a été ouvert dans un nouveau classeur.',
    failed: "Le rapport n'a pas pu être créé : {{detail}}",
  },
  en: {
    intro: 'The quarterly report: summary, meetings, members, incidents, charts and data quality.',
    quarter: 'Quarter',
    language: 'Report language',
    audience: 'Audience',
    audienceHints: {
      internal: 'Every detail, for the working group.',
      donor: 'Aggregates only; small counts are hidden.',
    },
    langs: { fr: 'French', en: 'English' },
    export: 'Export the report',
    open: 'Open the report in a new workbook',
    noCreateWorkbook:
      'This version of Excel does not let an add-in open a new workbook (it needs ExcelApi 1.8, Excel 2019 or Microsoft 365): the report will be downloaded; then open it from your downloads.',
    downloadedNoExcel:
      'The report {{name}} was downloaded: this version of Excel does not let the add-in open it as a new workbook. Open it from your downloads.',
    downloadInstead: 'Download the report',
    building: 'Building the report…',
    downloaded: 'The report {{name}} was downloaded.',
    opened: 'The report was opened as a new workbook.',
    failed: 'The report could not be created: {{detail}}',
  },
});
