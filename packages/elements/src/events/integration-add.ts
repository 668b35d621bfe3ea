import type { CatalogItem } from '../components/catalog/source.js';

/**
 * Fired by `<ik-catalog>` when the user presses **Add Integration** on an entry. Cancelable:
 * unless a listener calls `preventDefault()`, the catalog leaves the details view because the
 * add wizard takes over. Cancel it to keep the details open (for example when adding is refused).
 */
export class IkIntegrationAddEvent extends Event {
  static readonly type = 'ik-integration-add';
  readonly detail: { readonly entry: CatalogItem };

  constructor(entry: CatalogItem) {
    super(IkIntegrationAddEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { entry };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-add': IkIntegrationAddEvent;
  }
}
