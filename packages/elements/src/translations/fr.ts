import type { AssignmentsTranslation } from './assignments.en.js';
import { assignmentsFr } from './assignments.fr.js';
import { dashboardFr } from './dashboard.fr.js';
import type { Translation } from './en.js';
import type { WizardTranslation } from './en-wizard.js';
import { formsFr } from './forms.fr.js';
import type { InspectorTranslation } from './inspector.en.js';
import { inspectorFr } from './inspector.fr.js';
import type { IntegrationTerms } from './integration.en.js';
import { integrationFr } from './integration.fr.js';
import { systemLogFr } from './system-log.fr.js';
import { usageChartFr } from './usage-chart.fr.js';

const count = (value: number) => new Intl.NumberFormat('fr').format(value);

/** French strings. Register with `registerTranslation(fr)`; elements use it under `lang="fr"`. */
export const fr: Translation &
  WizardTranslation &
  typeof formsFr &
  IntegrationTerms &
  InspectorTranslation &
  AssignmentsTranslation &
  typeof systemLogFr &
  typeof usageChartFr &
  typeof dashboardFr = {
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
  wizardIssueAt: (field, message) => `${field} : ${message}`,
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
    protocol_unavailable:
      'Ces paramètres n’ont pas pu être chargés. Vérifiez votre connexion, puis sélectionnez à nouveau Suivant.',
  },
  wizardNext: 'Suivant',
  wizardBack: 'Précédent',
  wizardCancel: 'Annuler',
  wizardDone: 'Terminer',
  wizardBusy: 'Enregistrement…',
  wizardLoading: 'Chargement…',
  wizardCancelTitle: 'Abandonner cette intégration d’application ?',
  wizardCancelBody: 'Les valeurs saisies seront perdues.',
  wizardDiscard: 'Abandonner',
  wizardKeepEditing: 'Continuer la saisie',

  usernameFormat: 'Format du nom d’utilisateur de l’application',
  usernameFormats: {
    'Okta username': 'Nom d’utilisateur Okta',
    'Okta username prefix': 'Préfixe du nom d’utilisateur Okta',
    Email: 'E-mail',
    'Email (lowercase)': 'E-mail (minuscules)',
    'Email prefix': 'Préfixe de l’e-mail',
    'AD SAM Account Name': 'Nom de compte SAM AD',
    'AD SAM Account Name (lowercase)': 'Nom de compte SAM AD (minuscules)',
    'AD User Principal Name': 'Nom d’utilisateur principal AD',
    'AD User Principal Name prefix': 'Préfixe du nom d’utilisateur principal AD',
    'AD Employee ID': 'ID d’employé AD',
    'LDAP UID + custom suffix': 'UID LDAP + suffixe personnalisé',
  },
  usernameCustom: 'Personnalisé',
  usernameNone: 'Aucun',
  usernameSuffix: 'Suffixe personnalisé',
  usernameExpression: 'Expression personnalisée',
  usernameExpressionHint:
    'Une expression du langage d’expressions Okta, p. ex. String.substringBefore(user.email, "@")',
  usernameExpressionError: (position, message) => `Au caractère ${position} : ${message}`,
  usernamePreviewFor: (first, last) => `Aperçu pour ${first} ${last} :`,
  usernamePreviewNone: 'Aucun nom d’utilisateur',
  usernamePreviewInvalid: 'Corrigez l’expression pour voir un aperçu',
  usernameNoneWithPush:
    'Avec le provisionnement activé, Okta a besoin d’un nom d’utilisateur pour chaque personne affectée : avec Aucun, chaque affectation doit en fournir un.',

  addTitle: (name) => `Ajouter ${name}`,
  addLabel: 'Libellé de l’application',
  addLabelHint: 'Ce libellé s’affiche sous l’application sur votre page d’accueil',
  addUseLabel: (label) => `Utiliser « ${label} »`,
  addVisibility: 'Visibilité de l’application',
  addHideWeb: 'Ne pas afficher l’icône de l’application aux utilisateurs',
  addHideMobile: 'Ne pas afficher l’icône de l’application dans l’app Okta Mobile',
  addSignOnMethods: 'Méthodes d’authentification',
  addModes: {
    saml: 'SAML 2.0',
    oidc: 'OpenID Connect',
    swa: 'Authentification web sécurisée (SWA)',
    wsfed: 'WS-Federation',
  },
  addModeHints: {
    saml: 'Les utilisateurs se connectent avec une assertion SAML d’Okta.',
    oidc: 'Les utilisateurs se connectent avec des jetons OpenID Connect d’Okta.',
    swa: 'Okta connecte les utilisateurs en remplissant la page de connexion de l’application.',
    wsfed: 'Les utilisateurs se connectent avec un jeton WS-Federation d’Okta.',
  },
  addSwaLocked:
    'La synchronisation du mot de passe est activée pour le provisionnement de cette application : l’authentification web sécurisée utilise le mot de passe Okta et ses options ne peuvent pas être modifiées ici. Désactivez la synchronisation du mot de passe pour les modifier.',
  addSsoUrl: 'URL d’authentification unique',
  addAudience: 'URI d’audience (ID d’entité du SP)',
  addRelayState: 'Relay State par défaut',
  addRelayStateHint: 'Où arrivent les utilisateurs après une connexion initiée par l’IdP',
  addAttributeStatements: 'Déclarations d’attributs',
  addAttributeName: 'Nom',
  addAttributeValue: 'Valeur',
  addLoginUrl: 'URL de connexion',
  addLoginUrlHint: 'L’adresse de la page de connexion de l’application',
  addRedirectUris: 'URI de redirection de connexion',
  addRedirectUrisHint: 'Une URI par ligne',
  addRealm: 'Realm',
  addReplyUrl: 'URL de réponse',
  addUpdateOn: 'Mettre à jour le nom d’utilisateur de l’application lors de',
  addUpdateOnHint: 'Création uniquement n’est proposé qu’avec un format personnalisé.',
  addCreateAndUpdate: 'Création et mise à jour',
  addCreateOnly: 'Création uniquement',
  addPasswordReveal: 'Affichage du mot de passe',
  addPasswordRevealLabel: 'Permettre aux utilisateurs de voir leur mot de passe en toute sécurité',
  addDoneHeading: 'Terminé',
  addCreating: 'Création de l’intégration d’application…',
  addCreated: (label) => `${label} a été ajoutée`,
  addHandled: 'L’intégration d’application est valide et a été transmise à la page.',
  addFailed: 'L’intégration d’application n’a pas pu être créée. Vérifiez la connexion et réessayez.',
  addRetry: 'Réessayer',
  addSignOnMode: 'Mode d’authentification',
  addStatus: 'Statut',
  addAppId: 'ID de l’application',

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
  ...formsFr,
  ...inspectorFr,
  ...assignmentsFr,
  ...integrationFr,
  ...systemLogFr,
  ...usageChartFr,
  ...dashboardFr,
};
