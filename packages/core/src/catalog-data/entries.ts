import { atlassianEntries } from './atlassian.js';
import { cloudDataEntries } from './cloud-data.js';
import { collaborationEntries } from './collaboration.js';
import { developerToolEntries } from './developer-tools.js';
import { financeEntries } from './finance.js';
import { hrEntries } from './hr.js';
import { itServiceEntries } from './it-service.js';
import { productivityEntries } from './productivity.js';
import { salesMarketingEntries } from './sales-marketing.js';
import { securityEntries } from './security.js';
import type { ExampleEntryData } from './types.js';

/** Every example entry without its logo, in category order. */
export const exampleEntryData: ExampleEntryData[] = [
  ...collaborationEntries,
  ...atlassianEntries,
  ...productivityEntries,
  ...developerToolEntries,
  ...cloudDataEntries,
  ...salesMarketingEntries,
  ...hrEntries,
  ...financeEntries,
  ...securityEntries,
  ...itServiceEntries,
];
