import type { ProtocolRegistry } from '@integrakit/core';
import { defaultProtocols } from '@integrakit/core/protocols';

/** Core's registry of every protocol module, used to validate and map each stored integration. */
export const protocols: ProtocolRegistry = defaultProtocols;
