/** The OIDC grant and Okta API scope choices of the custom flow (see `custom-flow-choices.ts`). */
export type CustomFlowChoices = typeof import('./custom-flow-choices.js');

/**
 * Loads the choice tables on first use: they come from the OIDC and API service modules (and
 * through them jose), which a wizard should not load before OIDC or API Services is chosen.
 */
export const loadCustomFlowChoices = (): Promise<CustomFlowChoices> => import('./custom-flow-choices.js');
