export { AddIntegration } from './add-integration.js';
export { Catalog } from './catalog.js';
export { CreateIntegration } from './create-integration.js';
export { Integration } from './integration.js';
export { SystemLog } from './system-log.js';
export { UsageChart } from './usage-chart.js';
