import { defineMessages } from '../../core';

/** The web page's choice of workbook: file picker, drop zone, built-in sample. */
export const sourceMessages = defineMessages({
  fr: {
    open: 'Ouvrir un classeur .xlsx',
    drop: 'ou déposez un fichier .xlsx ici. Il est lu dans cette page et n’est envoyé nulle part.',
    sample: "Voir l'exemple intégré",
    current: 'Classeur affiché : {{name}}',
    sampleName: 'exemple intégré (données fictives)',
    opening: 'Ouverture de « {{name}} »…',
    cancel: 'Annuler',
    cancelled: 'Ouverture de « {{name}} » annulée : le classeur affiché reste le même.',
  },
  en: {
    open: 'Open an .xlsx workbook',
    drop: 'or drop an .xlsx file here. It is read in this page and sent nowhere.',
    sample: 'Show the built-in sample',
    current: 'Workbook shown: {{name}}',
    sampleName: 'built-in sample (made-up data)',
    opening: 'Opening “{{name}}”…',
    cancel: 'Cancel',
    cancelled: 'Opening “{{name}}” cancelled: the workbook shown stays the same.',
  },
});
