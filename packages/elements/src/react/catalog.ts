import { IkCatalog } from '../components/catalog/define.js';
import { IkFiltersChangeEvent } from '../events/filters-change.js';
import { IkIntegrationAddEvent } from '../events/integration-add.js';
import { IkIntegrationSelectEvent } from '../events/integration-select.js';
import { createWrapper } from './create-wrapper.js';

/**
 * `<ik-catalog>` for React. Properties (`source`, `filters`, `query`, `selected`) pass through;
 * events arrive typed: `onIntegrationAdd={(event) => event.detail.entry}`.
 */
export const Catalog = createWrapper('ik-catalog', IkCatalog, [
  IkFiltersChangeEvent,
  IkIntegrationSelectEvent,
  IkIntegrationAddEvent,
]);
