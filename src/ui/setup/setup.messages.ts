import { defineMessages } from '../../core';

/** The Setup tab. */
export const setupMessages = defineMessages({
  fr: {
    sheets: {
      title: 'Feuilles du modèle',
      missing: 'Feuilles manquantes : {{names}}.',
      foreign:
        'Ces feuilles portent le nom d’une feuille de vpwg mais sont celles d’un autre outil, et ne sont pas lues : {{names}}. Pour ajouter la feuille de vpwg, renommez d’abord celle-ci (par exemple « Paramètres compta »).',
      complete: 'Toutes les feuilles du modèle sont présentes.',
      language: 'Langue des en-têtes',
      create: 'Créer les feuilles manquantes',
      created: 'Feuilles créées : {{names}}.',
      createdNone: 'Aucune feuille à créer.',
    },
    optional: {
      legend: 'Feuilles facultatives à ajouter aussi (seulement si vous les cochez) :',
      stakeholders: 'Cartographie : les acteurs à faire adhérer (mesure 1)',
      initiatives: 'Initiatives : les initiatives et plateformes liées (mesure 4)',
    },
    help: {
      title: 'Les feuilles facultatives du programme',
      intro:
        'Deux feuilles facultatives suivent les mesures 1 et 4. Elles ne sont ajoutées que si vous le demandez : cases à cocher ci-dessus dans le complément Excel, ou copiées du modèle. Sans elles, le reste du tableau de bord fonctionne.',
      stakeholders:
        '« {{sheet}} » : une ligne par organisation repérée pour rejoindre le groupe, avec son pilier, son influence (« Élevée » pour un acteur clé) et les dates où elle a été identifiée, contactée, invitée ou a refusé. Quand elle adhère, notez son ID membre. Le tableau de bord montre alors la cartographie par pilier et les piliers où chercher en priorité.',
      initiatives:
        '« {{sheet}} » : une ligne par initiative ou plateforme avec laquelle le groupe travaille (IDAK, autres groupes PV de RDC…). Dans « {{meetings}} », la colonne « Initiative liée » nomme celles de chaque réunion ; une initiative sans réunion depuis {{days}} jours est signalée inactive.',
      meetings:
        'Dans « {{meetings}} », les colonnes « Thèmes », « Expériences de » (pays) et « Expert ou facilitateur » montrent l’expertise technique (mesure 2). Les colonnes « Personne de contact » et « Notes » ne sortent jamais du classeur.',
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
      foreign:
        'These sheets bear the name of a vpwg sheet but belong to another tool, and are not read: {{names}}. To add vpwg’s sheet, first rename this one (for example “Settings accounts”).',
      complete: 'All the template sheets are present.',
      language: 'Header language',
      create: 'Create the missing sheets',
      created: 'Sheets created: {{names}}.',
      createdNone: 'No sheet to create.',
    },
    optional: {
      legend: 'Optional sheets to add too (only if you tick them):',
      stakeholders: 'Stakeholders: who to bring into the group (measure 1)',
      initiatives: 'Initiatives: the linked initiatives and platforms (measure 4)',
    },
    help: {
      title: 'The programme’s optional sheets',
      intro:
        'Two optional sheets follow measures 1 and 4. They are added only when you ask: the boxes above in the Excel add-in, or copied from the template. Without them, the rest of the dashboard works.',
      stakeholders:
        '“{{sheet}}”: one row per organisation identified to join the group, with its pillar, its influence (“High” for a key stakeholder) and the dates it was identified, contacted, invited or declined. When it joins, write its member ID. The dashboard then shows the mapping by pillar and the pillars to reach out to first.',
      initiatives:
        '“{{sheet}}”: one row per initiative or platform the group works with (IDAK, other VPs groups in the DRC…). In “{{meetings}}”, the column “Linked initiative” names those of each meeting; an initiative with no meeting for {{days}} days is marked dormant.',
      meetings:
        'In “{{meetings}}”, the columns “Topics”, “Lessons from” (countries) and “Expert or facilitator” show the technical expertise (measure 2). The columns “Contact person” and “Notes” never leave the workbook.',
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
