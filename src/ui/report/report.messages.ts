import type { Bundle } from '../../core/index';

/** The Report tab. */
export const reportMessages: Bundle = {
  fr: {
    intro: 'Le rapport trimestriel : synthèse, réunions, membres, incidents, graphiques et qualité des données.',
    quarter: 'Trimestre',
    language: 'Langue du rapport',
    audience: 'Destinataires',
    audiences: { internal: 'Interne (groupe de travail)', donor: 'Bailleurs (chiffres agrégés, petits effectifs masqués)' },
    langs: { fr: 'Français', en: 'Anglais' },
    export: 'Exporter le rapport',
    building: 'Préparation du rapport…',
    coming: "L'export du rapport arrive bientôt dans cette version. En attendant, utilisez la commande « vpwg report ».",
    downloaded: 'Le rapport {{name}} a été téléchargé.',
    opened: 'Le rapport a été ouvert dans un nouveau classeur.',
    failed: "Le rapport n'a pas pu être créé : {{detail}}",
  },
  en: {
    intro: 'The quarterly report: summary, meetings, members, incidents, charts and data quality.',
    quarter: 'Quarter',
    language: 'Report language',
    audience: 'Audience',
    audiences: { internal: 'Internal (working group)', donor: 'Donors (aggregates, small counts hidden)' },
    langs: { fr: 'French', en: 'English' },
    export: 'Export the report',
    building: 'Building the report…',
    coming: 'Exporting the report is coming soon in this version. Meanwhile, use the “vpwg report” command.',
    downloaded: 'The report {{name}} was downloaded.',
    opened: 'The report was opened as a new workbook.',
    failed: 'The report could not be created: {{detail}}',
  },
};
