import type { Integration } from '@integrakit/core';
import type { SamlConfig } from '@integrakit/protocols/saml';
import type { WsfedConfig } from '@integrakit/protocols/wsfed';
import type { Context } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { idpUrls, samlKey } from '../../apps/idp.js';
import { baseUrl, type ServerContext } from '../../context.js';

/** An active app the sandbox IdP signs people in to, with its config and Okta URLs. */
export type SandboxApp =
  | { readonly protocol: 'saml'; readonly integration: Integration; readonly config: SamlConfig; readonly urls: Urls }
  | {
      readonly protocol: 'wsfed';
      readonly integration: Integration;
      readonly config: WsfedConfig;
      readonly urls: Urls;
    };
type Urls = ReturnType<typeof idpUrls> & { readonly appName: string };

const PAGE = 200;

/**
 * Finds SAML and WS-Fed apps by Okta's `exk…` key or by id. Keys are derived from ids: the
 * key → id map is filled by one scan of the store on first use, then by the store's `created`
 * events, so an unknown key never costs a scan.
 */
export function createSandboxApps(ctx: ServerContext) {
  const idsByKey = new Map<string, string>();
  ctx.store.events.on('created', ({ integration }) => idsByKey.set(samlKey(integration.id), integration.id));
  // Okta's `name` of each app, kept: building the app's whole Okta JSON for it cost every sign-in a
  // few percent of its time. Forgotten when the app changes, so a change shows on the next sign-in.
  const namesById = new Map<string, string>();
  ctx.store.events.on('updated', ({ integration }) => namesById.delete(integration.id));
  const appNameOf = (c: Context, integration: Integration) => {
    const known = namesById.get(integration.id);
    if (known !== undefined) return known;
    const name = String(appJson(ctx, c, integration).name);
    namesById.set(integration.id, name);
    return name;
  };
  let scanned: Promise<void> | undefined;

  const scan = async () => {
    let after: string | undefined;
    do {
      const page = await ctx.store.list({ limit: PAGE, ...(after === undefined ? {} : { after }) });
      for (const integration of page.items) idsByKey.set(samlKey(integration.id), integration.id);
      after = page.nextCursor;
    } while (after !== undefined);
  };

  const load = async (c: Context, id: string): Promise<SandboxApp | undefined> => {
    let integration: Integration;
    try {
      integration = await ctx.store.get(id);
    } catch {
      return undefined;
    }
    const { protocol } = integration.signOn;
    if (integration.status !== 'ACTIVE' || (protocol !== 'saml' && protocol !== 'wsfed')) return undefined;
    const appName = appNameOf(c, integration);
    const urls = { ...idpUrls(baseUrl(c), appName, integration.id), appName };
    // The store keeps the label on the integration, not in the protocol config.
    const config = { ...integration.signOn.config, label: integration.label } as unknown;
    return protocol === 'saml'
      ? { protocol, integration, config: config as SamlConfig, urls }
      : { protocol, integration, config: config as WsfedConfig, urls };
  };

  return {
    /** The active SAML or WS-Fed app with that id, or `undefined`. */
    byId: load,
    /** The active SAML or WS-Fed app with that `exk…` key, or `undefined`. */
    async byKey(c: Context, key: string): Promise<SandboxApp | undefined> {
      scanned ??= scan().catch((error: unknown) => {
        scanned = undefined;
        throw error;
      });
      await scanned;
      const id = idsByKey.get(key);
      return id === undefined ? undefined : load(c, id);
    },
  };
}

/** {@link createSandboxApps}'s lookups. */
export type SandboxApps = ReturnType<typeof createSandboxApps>;
