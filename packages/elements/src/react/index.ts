export { AddIntegration } from './add-integration.js';
export { Assignments } from './assignments.js';
export { Catalog } from './catalog.js';
export { CreateIntegration } from './create-integration.js';
export { Inspector } from './inspector.js';
export { Integration } from './integration.js';
export { SystemLog } from './system-log.js';
export { UsageChart } from './usage-chart.js';
