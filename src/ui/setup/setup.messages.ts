import { defineMessages } from '../../core';

/** The Setup tab. */
export const setupMessages = defineMessages({
  fr: {
    sheets: {
      title: 'Feuilles du modèle',
      missing: 'Feuilles manquantes : {{names}}.',
      complete: 'Toutes les feuilles du modèle sont présentes.',
      language: 'Langue des en-têtes',
      create: 'Créer les feuilles manquantes',
      created: 'Feuilles créées : {{names}}.',
      createdNone: 'Aucune feuille à créer.',
    },
    sample: {
      title: 'Données d’exemple',
      explain: 'Remplit un classeur vide avec 36 mois de données fictives, pour découvrir l’outil.',
      insert: "Insérer l'exemple",
      inserted: "L'exemple a été inséré.",
    },
    undoWarning: "Excel efface son historique d'annulation (Ctrl+Z) quand le complément écrit dans le classeur.",
    langs: { fr: 'Français', en: 'Anglais' },
    working: 'Écriture dans le classeur…',
    webOnly: 'La création des feuilles et l’insertion de l’exemple se font dans le complément Excel.',
    settings: {
      title: 'Paramètres en vigueur',
      setting: 'Paramètre',
      value: 'Valeur',
      note: 'Valeurs lues dans la feuille Paramètres, ou valeurs par défaut.',
    },
  },
  en: {
    sheets: {
      title: 'Template sheets',
      missing: 'Missing sheets: {{names}}.',
      complete: 'All the template sheets are present.',
      language: 'Header language',
      create: 'Create the missing sheets',
      created: 'Sheets created: {{names}}.',
      createdNone: 'No sheet to create.',
    },
    sample: {
      title: 'Sample data',
      explain: 'Fills an empty workbook with 36 months of made-up data, to try the tool.',
      insert: 'Insert the sample',
      inserted: 'The sample was inserted.',
    },
    undoWarning: 'Excel clears its undo history (Ctrl+Z) when the add-in writes to the workbook.',
    langs: { fr: 'French', en: 'English' },
    working: 'Writing to the workbook…',
    webOnly: 'Creating sheets and inserting the sample happen in the Excel add-in.',
    settings: {
      title: 'Settings in use',
      setting: 'Setting',
      value: 'Value',
      note: 'Values read from the Settings sheet, or the defaults.',
    },
  },
});
