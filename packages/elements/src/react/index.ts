export { Catalog } from './catalog.js';
export { CreateIntegration } from './create-integration.js';
