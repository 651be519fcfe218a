import { defineMessages, translator } from '../core';

/** Chart titles, axes and captions, shared by the pane and the report's pictures. */
export const chartsMessages = defineMessages({
  fr: {
    attendance: {
      title: 'Taux de présence par réunion',
      rate: 'Taux de présence',
      target: 'Objectif',
      meeting: 'Réunion',
      empty: 'Aucune réunion tenue sur la période.',
    },
    pillars: {
      title: 'Membres actifs par pilier',
      count: 'Membres actifs',
      pillar: 'Pilier',
    },
    months: {
      title: 'Réunions tenues par mois (12 derniers mois)',
      count: 'Réunions tenues',
      month: 'Mois',
    },
    incidents: {
      title: 'Incidents par catégorie',
      count: 'Incidents',
      category: 'Catégorie',
      none: 'Aucun incident enregistré sur la période.',
      noSheet: 'Pas de feuille Incidents dans le classeur.',
    },
    hidden: 'masqué',
    noValue: '—',
  },
  en: {
    attendance: {
      title: 'Attendance rate per meeting',
      rate: 'Attendance rate',
      target: 'Target',
      meeting: 'Meeting',
      empty: 'No meeting held in the period.',
    },
    pillars: {
      title: 'Active members by pillar',
      count: 'Active members',
      pillar: 'Pillar',
    },
    months: {
      title: 'Meetings held per month (last 12 months)',
      count: 'Meetings held',
      month: 'Month',
    },
    incidents: {
      title: 'Incidents by category',
      count: 'Incidents',
      category: 'Category',
      none: 'No incident recorded in the period.',
      noSheet: 'No Incidents sheet in the workbook.',
    },
    hidden: 'hidden',
    noValue: '—',
  },
});

export const chartsT = translator(chartsMessages);
