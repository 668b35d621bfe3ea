import * as z from 'zod/mini';
import { type AppsApi, activeKid } from './apps.js';
import type { CallOptions, Http, Versioned } from './http.js';
import { type SigningCertificates, signingCertificates } from './key-rotation.js';
import { seg } from './resource.js';
import { type AppSigningKey, AppSigningKeySchema, MetadataLinkSchema, type OktaApp } from './wire.js';

/** Options of {@link AppKeysApi.generate}. */
export interface GenerateKeyOptions extends CallOptions {
  /** Years the certificate is valid, 2–10 (Okta's range). */
  readonly validityYears: number;
}

/** `/api/v1/apps/{appId}/credentials/keys` and the IdP metadata that publishes them. */
export interface AppKeysApi {
  /** The app's signing keys, oldest first (public parts only: no endpoint returns a private key). */
  list(appId: string, options?: CallOptions): Promise<AppSigningKey[]>;
  get(appId: string, kid: string, options?: CallOptions): Promise<AppSigningKey>;
  /** Generates a key pair and certificate; it is published as the next key until activated. */
  generate(appId: string, options: GenerateKeyOptions): Promise<AppSigningKey>;
  /**
   * Makes `kid` the app's signing key, through `credentials.signing.kid` on `PUT /apps/{appId}` as
   * Okta does. The app is read and written back with `If-Match`, so a change saved in between is
   * refused with a `ConflictError` instead of being overwritten.
   */
  activate(appId: string, kid: string, options?: CallOptions): Promise<Versioned<OktaApp>>;
  /** The app's current and next certificate, each with its expiry warning at `now`. */
  certificates(app: OktaApp, options?: CallOptions & { readonly now?: Date }): Promise<SigningCertificates>;
  /**
   * Where the IdP metadata of the app is: `_links.metadata` for SAML, the WS-Federation metadata
   * path for WS-Fed; `undefined` for other sign-on modes.
   */
  metadataUrl(app: OktaApp): string | undefined;
  /** The IdP metadata XML (with the next key beside the current one while both exist). */
  metadata(app: OktaApp, options?: CallOptions): Promise<string>;
}

export function appKeysApi(http: Http, apps: AppsApi, baseUrl: URL): AppKeysApi {
  const base = (appId: string) => `apps/${seg(appId)}/credentials/keys`;
  const metadataUrl = (app: OktaApp): string | undefined => {
    if (app.signOnMode === 'WS_FEDERATION') return new URL(`apps/${seg(app.id)}/sso/wsfed/metadata`, baseUrl).href;
    const links = MetadataLinkSchema.safeParse(app);
    return links.success ? links.data._links.metadata.href : undefined;
  };
  return {
    list: (appId, options = {}) =>
      http.json('GET', base(appId), z.array(AppSigningKeySchema).check(z.maxLength(100)), options),
    get: (appId, kid, options = {}) => http.json('GET', `${base(appId)}/${seg(kid)}`, AppSigningKeySchema, options),
    generate: (appId, { validityYears, ...options }) =>
      http.json('POST', `${base(appId)}/generate`, AppSigningKeySchema, {
        ...options,
        searchParams: new URLSearchParams({ validityYears: String(validityYears) }),
      }),
    async activate(appId, kid, options = {}) {
      const read = await apps.read(appId, options);
      const credentials = read.value.credentials ?? {};
      const signing = typeof credentials.signing === 'object' ? credentials.signing : {};
      return apps.update(
        appId,
        { ...read.value, credentials: { ...credentials, signing: { ...signing, kid } } },
        { ...options, ifMatch: read.etag },
      );
    },
    async certificates(app, options = {}) {
      const keys = await this.list(app.id, options);
      return signingCertificates(keys, activeKid(app), options.now ?? new Date());
    },
    metadataUrl,
    metadata(app, options = {}) {
      const url = metadataUrl(app);
      if (url === undefined) throw new TypeError(`A ${app.signOnMode} app publishes no IdP metadata`);
      return http.text('GET', url, { ...options, headers: { accept: 'application/xml' } });
    },
  };
}
