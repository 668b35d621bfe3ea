import type { Translation } from './en.js';
import { formsFr } from './forms.fr.js';

const count = (value: number) => new Intl.NumberFormat('fr').format(value);

/** French strings. Register with `registerTranslation(fr)`; elements use it under `lang="fr"`. */
export const fr: Translation = {
  $code: 'fr',
  secretShow: 'Afficher',
  secretHide: 'Masquer',
  secretHidden: 'Masqué',

  fieldOptional: 'Facultatif',
  fieldError: 'Erreur',

  wizardProgress: 'Progression',
  wizardCompleted: 'terminée',
  wizardNotCompleted: 'non terminée',
  wizardStepHeading: (step, total, title) => `Étape ${step} sur ${total} : ${title}`,
  wizardStepTitles: {
    general: 'Paramètres généraux',
    signOn: 'Options d’authentification',
    username: 'Format du nom d’utilisateur de l’application',
    usernameUpdate: 'Mettre à jour le nom d’utilisateur de l’application lors de',
    passwordReveal: 'Affichage du mot de passe',
    method: 'Créer une nouvelle intégration d’application',
    settings: 'Paramètres d’authentification',
    provisioning: 'Provisionnement',
    scopes: 'Portées de l’API Okta',
    clientAuth: 'Authentification du client',
  },
  wizardErrorTitle: 'Nous avons trouvé des erreurs. Vérifiez le formulaire et corrigez-les.',
  wizardIssues: {
    required: 'Ce champ ne peut pas être vide',
    invalid_url: 'Saisissez une URL valide',
    invalid_format: 'Cette valeur n’a pas le format attendu',
    too_big: 'Cette valeur est trop longue',
    unfilled_setting: 'Renseignez les paramètres généraux dont dépend cette valeur',
    duplicate_label: 'Une application porte déjà ce libellé',
    invalid_uri: 'Saisissez une URI absolue',
    fragment_not_allowed: 'Une URI ne peut pas contenir de fragment (#)',
    wildcard_disabled: 'Les caractères génériques (*) ne sont pas autorisés ici',
    wildcard_not_allowed: 'Les caractères génériques (*) ne sont pas autorisés ici',
    duplicate_value: 'Chaque valeur ne peut être saisie qu’une fois',
  },
  wizardNext: 'Suivant',
  wizardBack: 'Précédent',
  wizardCancel: 'Annuler',
  wizardDone: 'Terminer',
  wizardBusy: 'Enregistrement…',
  wizardCancelTitle: 'Abandonner cette intégration d’application ?',
  wizardCancelBody: 'Les valeurs saisies seront perdues.',
  wizardDiscard: 'Abandonner',
  wizardKeepEditing: 'Continuer la saisie',

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
  ...formsFr,
};
