import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IkCatalog } from '../components/catalog/define.js';
import type { IkFiltersChangeEvent } from '../events/filters-change.js';
import type { IkIntegrationAddEvent } from '../events/integration-add.js';
import type { IkIntegrationSelectEvent } from '../events/integration-select.js';

/**
 * `<ik-catalog>` for React. Properties (`source`, `filters`, `query`, `selected`) pass through;
 * events arrive typed: `onIntegrationAdd={(event) => event.detail.entry}`.
 */
export const Catalog = createComponent({
  tagName: 'ik-catalog',
  elementClass: IkCatalog,
  react: React,
  events: {
    onFiltersChange: 'ik-filters-change' as EventName<IkFiltersChangeEvent>,
    onIntegrationSelect: 'ik-integration-select' as EventName<IkIntegrationSelectEvent>,
    onIntegrationAdd: 'ik-integration-add' as EventName<IkIntegrationAddEvent>,
  },
});
