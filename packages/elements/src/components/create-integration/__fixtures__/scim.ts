import { commands } from 'vitest/browser';
import type { IkCreateIntegration } from '../create-integration.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startScimServer: (token: string) => Promise<{ baseUrl: string }>;
    runScimConnectorTest: (connection: { baseUrl: string; token: string }) => Promise<unknown>;
    stopScimServers: () => Promise<void>;
  }
}

/**
 * Runs **Test Connector Configuration** in node against a loopback SCIM server (browser tests
 * cannot open sockets): the bearer token is revealed only to send it there.
 */
export const loopbackConnector: IkCreateIntegration['testConnector'] = async (config) => {
  const auth = config.auth as { token?: { reveal(): string } };
  return (await commands.runScimConnectorTest({ baseUrl: config.baseUrl, token: auth.token?.reveal() ?? '' })) as never;
};
