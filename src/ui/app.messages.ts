import { defineMessages } from '../core';

/** The frame of the interface: tabs, language switch, reading progress, failures. */
export const appMessages = defineMessages({
  fr: {
    title: 'Suivi du groupe de travail PV',
    language: 'Langue',
    tabs: {
      label: 'Sections',
      dashboard: 'Tableau de bord',
      issues: 'Problèmes',
      report: 'Rapport',
      setup: 'Configuration',
    },
    reading: {
      names: 'Lecture des feuilles…',
      values: 'Lecture des cellules…',
      parse: 'Analyse du classeur…',
      validate: 'Vérification des données…',
    },
    refresh: 'Actualiser',
    loadingTab: 'Chargement de l’onglet…',
    tabFailed: 'Cet onglet n’a pas pu être chargé : vérifiez la connexion, puis rouvrez l’onglet.',
    update: {
      ready: "Une nouvelle version de l'outil est prête : elle s'appliquera au prochain chargement de la page.",
      reload: 'Recharger maintenant',
    },
    officeMissing:
      "Ce volet a besoin d'Office.js, fourni par Microsoft, qui n'a pas pu être chargé : connectez-vous une fois à Internet, puis rouvrez le volet. La page web de l'outil (index.html) fonctionne sans.",
    failure: {
      protected:
        'La feuille « {{sheet}} » est protégée : ôtez la protection (Révision > Ôter la protection) puis réessayez.',
      editing: 'Excel attend la fin de la saisie dans une cellule : appuyez sur Entrée ou Échap, puis réessayez.',
      unsupported:
        "Cette version d'Excel ne permet pas cette action ({{requirement}}). Utilisez Excel sur le web ou un Excel récent.",
      notEmpty: "L'exemple ne peut être inséré que dans un classeur vide : ouvrez un nouveau classeur.",
      excel: 'Excel a refusé : {{message}} ({{code}}).',
      tooLarge:
        'Le classeur compte {{cells}} cellules à lire (la feuille « {{sheet}} » surtout), plus que les {{limit}} que le volet peut lire : effacez les valeurs loin des tableaux (Ctrl+Fin montre la dernière), ou ouvrez une copie du fichier dans la page web de l’outil.',
      unexpected: "Une erreur inattendue s'est produite : {{detail}}",
    },
  },
  en: {
    title: 'VP working group monitoring',
    language: 'Language',
    tabs: { label: 'Sections', dashboard: 'Dashboard', issues: 'Issues', report: 'Report', setup: 'Setup' },
    reading: {
      names: 'Reading the sheets…',
      values: 'Reading the cells…',
      parse: 'Parsing the workbook…',
      validate: 'Checking the data…',
    },
    refresh: 'Refresh',
    loadingTab: 'Loading the tab…',
    tabFailed: 'This tab could not be loaded: check the connection, then open the tab again.',
    update: {
      ready: 'A new version of the tool is ready: it applies the next time the page loads.',
      reload: 'Reload now',
    },
    officeMissing:
      'This pane needs Office.js, which comes from Microsoft and could not be loaded: connect to the internet once, then open the pane again. The tool’s web page (index.html) works without it.',
    failure: {
      protected: 'The sheet “{{sheet}}” is protected: unprotect it (Review > Unprotect Sheet) and try again.',
      editing: 'Excel is waiting for you to finish editing a cell: press Enter or Esc, then try again.',
      unsupported: 'This version of Excel cannot do this ({{requirement}}). Use Excel on the web or a recent Excel.',
      notEmpty: 'The sample can only be inserted into an empty workbook: open a new workbook.',
      excel: 'Excel refused: {{message}} ({{code}}).',
      tooLarge:
        'The workbook has {{cells}} cells to read (mostly the sheet “{{sheet}}”), more than the {{limit}} the pane can read: clear the values far from the tables (Ctrl+End shows the last one), or open a copy of the file in the tool’s web page.',
      unexpected: 'Something unexpected went wrong: {{detail}}',
    },
  },
});
