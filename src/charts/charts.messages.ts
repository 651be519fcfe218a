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
    funnel: {
      title: 'Cartographie des acteurs par pilier',
      pillar: 'Pilier',
      member: 'Membres',
      pipeline: 'En approche',
      declined: 'Ont refusé',
      none: 'Aucun acteur identifié à cette date.',
      noSheet: 'Pas de feuille Cartographie dans le classeur.',
    },
    topics: {
      title: 'Thèmes abordés sur la période',
      topic: 'Thème',
      count: 'Réunions',
      none: 'Aucun thème noté pour les réunions tenues sur la période.',
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
    funnel: {
      title: 'Stakeholder mapping by pillar',
      pillar: 'Pillar',
      member: 'Members',
      pipeline: 'Being approached',
      declined: 'Declined',
      none: 'No stakeholder identified by this date.',
      noSheet: 'No Stakeholders sheet in the workbook.',
    },
    topics: {
      title: 'Topics discussed in the period',
      topic: 'Topic',
      count: 'Meetings',
      none: 'No topic noted for the meetings held in the period.',
    },
    hidden: 'hidden',
    noValue: '—',
  },
});

export const chartsT = translator(chartsMessages);
