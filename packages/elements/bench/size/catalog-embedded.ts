// What a host ships for the embedded catalog: the element registered, the in-memory source
// adapter and core's search engine (Lit comes with the element).
// Core has no public `catalog` subpath yet, so this measures its source directly.
export { createCatalog } from '../../../core/src/catalog/search/index.js';
export { IkCatalog, memoryCatalogSource } from '../../src/components/catalog/catalog.js';

import '../../src/components/catalog/define.js';
