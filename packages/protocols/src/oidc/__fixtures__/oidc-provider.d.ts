// oidc-provider 8 ships no type declarations; the tests only need this much of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration?: object);
    readonly Client: { validate(metadata: object): Promise<unknown>; find(id: string): Promise<unknown> };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}

declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  /** The provider's in-memory storage adapter (a class; its methods are not needed here). */
  export default class MemoryAdapter {
    constructor(model: string);
  }
}
