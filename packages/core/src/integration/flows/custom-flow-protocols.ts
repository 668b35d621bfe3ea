import { bindModule, type ProtocolBinding, type ProtocolModule } from '../registry.js';
import { customScimSupported } from '../rules.js';
import type { CustomMethod } from './custom-flow-steps.js';

// One dynamic import per module, so a bundler emits each protocol as its own chunk and a wizard
// loads only the chosen method's code (the SAML XML parser, jose, the SCIM client) when it is chosen.
const loaders: Readonly<Record<CustomMethod | 'scim', () => Promise<ProtocolModule>>> = {
  oidc: () => import('@integrakit/protocols/oidc'),
  saml: () => import('@integrakit/protocols/saml'),
  swa: () => import('@integrakit/protocols/swa'),
  wsfed: () => import('@integrakit/protocols/wsfed'),
  'api-service': () => import('@integrakit/protocols/api-service'),
  scim: () => import('@integrakit/protocols/scim'),
};

/**
 * Loads and binds the protocol module the custom flow needs for `method` (and SCIM's, where the
 * method may provision), for a registry the flow was created with. Each call imports only these.
 */
export async function loadMethodProtocols(
  method: CustomMethod,
): Promise<Partial<Record<CustomMethod | 'scim', ProtocolBinding>>> {
  // SCIM loads with every method that can provision (OIDC: its web apps), before the type is chosen.
  const keys: (CustomMethod | 'scim')[] = customScimSupported(method, 'web') ? [method, 'scim'] : [method];
  // The bindings carry the modules' username schema (classic zod): they load with the modules.
  const [{ BIND_OPTIONS }, ...modules] = await Promise.all([
    import('../protocol-bindings.js'),
    ...keys.map((key) => loaders[key]()),
  ]);
  return Object.fromEntries(
    keys.map((key, index) => [key, bindModule(modules[index] as ProtocolModule, BIND_OPTIONS[key])]),
  );
}
