import type { DashboardTranslation } from './dashboard.en.js';

const count = (value: number) => new Intl.NumberFormat('fr').format(value);

/** French strings of `<ik-dashboard>`; spread into `fr`. */
export const dashboardFr: DashboardTranslation = {
  dashboardHeading: 'Mes applications',
  dashboardLoading: 'Chargement de vos applications…',
  dashboardFailed: 'Vos applications n’ont pas pu être chargées.',
  dashboardRetry: 'Réessayer',
  dashboardEmpty: 'Aucune application ne vous est encore attribuée.',
  dashboardUnavailable: 'ne peut pas être ouverte',
  dashboardMore: (shown, total) => `Affichage des ${count(shown)} premières applications sur ${count(total)}.`,
};
