import type { Translation } from './en.js';

const count = (value: number) => new Intl.NumberFormat('fr').format(value);

/** French strings. Register with `registerTranslation(fr)`; elements use it under `lang="fr"`. */
export const fr: Translation = {
  $code: 'fr',
  secretShow: 'Afficher',
  secretHide: 'Masquer',
  secretHidden: 'Masqué',

  catalogLabel: 'Catalogue d’applications',
  catalogSearchLabel: 'Rechercher dans le catalogue d’applications',
  catalogSearchPlaceholder: 'Rechercher une application',
  catalogSuggestions: 'Suggestions',
  catalogSeeAll: (query) =>
    query === '' ? 'Voir toutes les applications' : `Voir tous les résultats pour « ${query} »`,
  catalogSuggestionCount: (value) =>
    value === 0 ? 'Aucune suggestion' : value === 1 ? '1 suggestion' : `${count(value)} suggestions`,
  // French uses the singular for 0 and 1.
  catalogResultCount: (value) =>
    value === 0 ? 'Aucun résultat' : value === 1 ? '1 résultat' : `${count(value)} résultats`,
  catalogResultsFor: (query) => (query === '' ? 'Toutes les applications' : `Résultats pour « ${query} »`),
  catalogResultsGrid: 'Applications',
  catalogFilters: 'Filtres',
  catalogFiltersToggle: (active) => (active === 0 ? 'Filtres' : `Filtres (${count(active)})`),
  catalogUseCase: 'Cas d’usage',
  catalogFunctionality: 'Fonctionnalités',
  catalogIndustry: 'Secteur',
  catalogFilterCount: (value) => `(${count(value)})`,
  catalogClearFilters: 'Tout effacer',
  catalogLoading: 'Chargement du catalogue…',
  catalogLoadingTile: 'Chargement…',
  catalogError: 'Le catalogue n’a pas pu être chargé.',
  catalogRetry: 'Réessayer',
  catalogEmpty: (query) =>
    query === ''
      ? 'Aucune application ne correspond à ces filtres.'
      : `Aucune application ne correspond à « ${query} ».`,
  catalogVerified: 'Vérifiée par Okta',
  catalogCommunity: 'Créée par la communauté',
  catalogProvisioning: 'Provisionnement',
  catalogApiService: 'Service API',
  catalogBack: 'Retour aux résultats',
  catalogDescription: 'Description',
  catalogUseCases: 'Cas d’usage',
  catalogIndustries: 'Secteurs',
  catalogSignOn: 'Méthodes d’authentification',
  catalogProvisioningFeatures: 'Fonctions de provisionnement',
  catalogVerification: 'Vérification',
  catalogWebsite: 'Site web',
  catalogNone: 'Aucune',
  catalogYes: 'Oui',
  catalogAdd: 'Ajouter l’intégration',
  catalogNotFound: 'Cette application n’est pas dans le catalogue.',
};
