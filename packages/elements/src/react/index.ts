export { Catalog } from './catalog.js';
