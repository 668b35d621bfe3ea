import type { UsageChartTranslation } from './usage-chart.en.js';

const count = (value: number) => new Intl.NumberFormat('fr').format(value);

/** French strings of `<ik-usage-chart>`; spread into `fr`. */
export const usageChartFr: UsageChartTranslation = {
  usageHeading: (days) => `Connexions, ${count(days)} derniers jours`,
  usageSignIns: 'Connexions',
  usageUniquePeople: 'Personnes distinctes',
  usageFailures: 'Connexions échouées',
  usageDate: 'Date (UTC)',
  usageTable: 'Afficher en tableau',
  usageLoading: 'Chargement de l’utilisation…',
  usageFailed: 'L’utilisation n’a pas pu être chargée.',
  usageRetry: 'Réessayer',
  usageNone: 'Aucune connexion sur cette période.',
  usageSummary: (days, signIns, failures, busiest) =>
    `Histogramme des connexions par jour sur ${count(days)} jours : ${count(signIns)} connexions, ${count(failures)} échouées` +
    (busiest === undefined ? '.' : ` ; jour le plus actif : ${busiest}.`),
};
