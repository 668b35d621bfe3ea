import type { SamlSetupTerms } from './saml-setup.en.js';

/** French strings of the SAML setup instructions; spread into the forms' French strings. */
export const samlSetupFr: SamlSetupTerms = {
  setupTitle: 'Instructions de configuration SAML',
  setupIntro:
    'Saisissez ces valeurs dans les paramètres SAML du fournisseur de services, ou donnez-lui les métadonnées de l’IdP.',
  setupLoading: 'Chargement des instructions de configuration…',
  setupSsoUrl: 'URL d’authentification unique du fournisseur d’identité',
  setupIssuer: 'Émetteur du fournisseur d’identité',
  setupCertificate: 'Certificat X.509',
  setupSha1: 'Empreinte SHA-1',
  setupSha256: 'Empreinte SHA-256',
  setupMetadataUrl: 'URL des métadonnées',
  setupDownloadCertificate: 'Télécharger le certificat',
  setupDownloadMetadata: 'Télécharger les métadonnées de l’IdP',
  setupCopyShort: 'Copier',
  setupCopy: (what) => `Copier ${what}`,
  setupCopied: (what) => `Copié : ${what}.`,
  setupCopyFailed: 'Le navigateur n’a pas permis la copie ; sélectionnez le texte.',
  setupUnreadable: (field, rule) => `Les métadonnées de l’IdP sont illisibles (${field} : ${rule}).`,
  setupFailed: 'Les instructions de configuration n’ont pas pu être chargées. Rechargez la page pour réessayer.',
};
