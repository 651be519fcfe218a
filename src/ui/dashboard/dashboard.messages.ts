import { defineMessages } from '../../core';

/** The dashboard: period picker, targets, key figures, charts. */
export const dashboardMessages = defineMessages({
  fr: {
    period: {
      legend: 'Période',
      kind: 'Type de période',
      quarter: 'Trimestre',
      year: 'Année',
      custom: 'Dates choisies',
      from: 'Du',
      to: 'Au',
      withData: 'Votre dernière réunion date du {{date}} — affichage de {{quarter}}.',
      showRunning: 'Afficher le trimestre en cours',
    },
    targets: {
      title: 'Objectifs',
      valueOfTarget: '{{value}} sur un objectif de {{target}}',
      noValue: 'objectif {{target}}',
    },
    figures: {
      title: 'Chiffres clés',
      active: 'Membres actifs',
      organisations: 'Organisations',
      womenShare: 'Part de femmes parmi les membres actifs',
      atRisk: 'Membres à risque de décrochage',
      recorded: 'Incidents enregistrés',
      overdue: 'Suivis en retard',
      excluded: 'Lignes écartées pour erreurs',
    },
    charts: {
      title: 'Graphiques',
      showTable: 'Voir les chiffres du graphique « {{title}} »',
    },
  },
  en: {
    period: {
      legend: 'Period',
      kind: 'Kind of period',
      quarter: 'Quarter',
      year: 'Year',
      custom: 'Custom dates',
      from: 'From',
      to: 'To',
      withData: 'Your latest meeting is from {{date}} — showing {{quarter}}.',
      showRunning: 'Show the current quarter',
    },
    targets: {
      title: 'Targets',
      valueOfTarget: '{{value}} against a target of {{target}}',
      noValue: 'target {{target}}',
    },
    figures: {
      title: 'Key figures',
      active: 'Active members',
      organisations: 'Organisations',
      womenShare: 'Share of women among active members',
      atRisk: 'Members at risk of dropping out',
      recorded: 'Incidents recorded',
      overdue: 'Overdue follow-ups',
      excluded: 'Rows left out for errors',
    },
    charts: { title: 'Charts', showTable: 'Show the figures of the chart “{{title}}”' },
  },
});
