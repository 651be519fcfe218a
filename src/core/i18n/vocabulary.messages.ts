import { defineMessages } from './i18n';

/**
 * The words every door shares (the dashboard, the command line, the report): target names,
 * statuses, periods and audiences. A door that needs one of them asks createFormat for it, so
 * the same thing is never called two names.
 */
export const vocabularyMessages = defineMessages({
  en: {
    target: {
      meetings: 'Meetings held',
      attendance: 'Average attendance rate',
      fullPillar: 'Meetings with all four pillars',
      regular: 'Share of regular members',
      pillarsAtMinimum: 'Pillars at the minimum of active members',
      shared: 'Incidents shared at a meeting',
      keyStakeholders: 'Key stakeholders on board',
      expertise: 'Meetings with technical expertise',
      links: 'Meetings linked to an initiative',
    },
    measure: {
      '1': 'Measure 1: a wider, balanced membership',
      '2': 'Measure 2: technical expertise',
      '3': 'Measure 3: monthly rhythm and information sharing',
      '4': 'Measure 4: links with other initiatives',
    },
    stage: {
      identified: 'Identified',
      contacted: 'Contacted',
      invited: 'Invited',
      member: 'Member',
      declined: 'Declined',
    },
    status: {
      on_track: 'On track',
      at_risk: 'At risk',
      off_track: 'Off track',
      no_data: 'No data',
      withheld: 'Not published',
    },
    period: {
      quarter: 'Quarter {{label}}',
      year: 'Year {{label}}',
      range: 'Period',
      span: '{{from}} to {{to}}',
      asOf: 'as of {{date}}',
      soFar: 'so far, as of {{date}}',
      running: '{{label}} (so far)',
    },
    periodError: {
      'period/bad-quarter': '“{{value}}” is not a quarter: write it like 2025-Q3.',
      'period/bad-year': '“{{value}}” is not a year: write it with four digits, like 2025.',
      'period/bad-date': '“{{value}}” is not a date: write it as YYYY-MM-DD, like 2025-07-01.',
      'period/reversed': 'The period starts ({{from}}) after it ends ({{to}}).',
      'period/not-started': 'The period starts on {{from}}, after today ({{today}}): there is nothing to measure yet.',
    },
    audience: { donor: 'Donors', internal: 'Internal' },
    /** A count with what it counts, as a setting's bound says it: `3,650 days`. */
    unit: { days: '{{n}} days', meetings: '{{n}} meetings', members: '{{n}} members' },
    none: '—',
  },
  fr: {
    target: {
      meetings: 'Réunions tenues',
      attendance: 'Taux de présence moyen',
      fullPillar: 'Réunions avec les quatre piliers',
      regular: 'Part de membres réguliers',
      pillarsAtMinimum: 'Piliers au minimum de membres actifs',
      shared: 'Incidents partagés en réunion',
      keyStakeholders: 'Acteurs clés devenus membres',
      expertise: 'Réunions avec expertise technique',
      links: 'Réunions liées à une initiative',
    },
    measure: {
      '1': 'Mesure 1 : une adhésion élargie et équilibrée',
      '2': 'Mesure 2 : expertise technique',
      '3': 'Mesure 3 : rythme mensuel et partage d’informations',
      '4': 'Mesure 4 : liens avec d’autres initiatives',
    },
    stage: {
      identified: 'Identifié',
      contacted: 'Contacté',
      invited: 'Invité',
      member: 'Membre',
      declined: 'A refusé',
    },
    // « En bonne voie » rather than « Atteint »: a status is measured on the period so far (a
    // running quarter expects only the meetings of the months begun), so « atteint » would claim
    // the quarter's goal is met when it is only kept pace with. « En bonne voie » is true of both a
    // finished period that met its target and a running one on course, and it is the plain word
    // of French project reporting that secretariats already use with their donors.
    status: {
      on_track: 'En bonne voie',
      at_risk: 'À surveiller',
      off_track: 'En retard',
      no_data: 'Pas de donnée',
      withheld: 'Non publié',
    },
    period: {
      quarter: 'Trimestre {{label}}',
      year: 'Année {{label}}',
      range: 'Période',
      span: '{{from}} au {{to}}',
      asOf: 'au {{date}}',
      soFar: 'à ce jour, au {{date}}',
      running: '{{label}} (en cours)',
    },
    periodError: {
      'period/bad-quarter': '« {{value}} » n’est pas un trimestre : écrivez-le comme 2025-Q3.',
      'period/bad-year': '« {{value}} » n’est pas une année : écrivez-la en quatre chiffres, comme 2025.',
      'period/bad-date': '« {{value}} » n’est pas une date : écrivez-la AAAA-MM-JJ, comme 2025-07-01.',
      'period/reversed': 'La période commence ({{from}}) après sa fin ({{to}}).',
      'period/not-started': 'La période commence le {{from}}, après aujourd’hui ({{today}}) : rien à mesurer encore.',
    },
    audience: { donor: 'Bailleurs', internal: 'Interne' },
    unit: { days: '{{n}} jours', meetings: '{{n}} réunions', members: '{{n}} membres' },
    none: '—',
  },
});
