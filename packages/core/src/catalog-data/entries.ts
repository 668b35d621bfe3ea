import { atlassianEntries } from './atlassian.js';
import { cloudDataEntries } from './cloud-data.js';
import { collaborationEntries } from './collaboration.js';
import { developerToolEntries } from './developer-tools.js';
import { productivityEntries } from './productivity.js';
import type { ExampleEntryData } from './types.js';

/** Every example entry without its logo, in category order. */
export const exampleEntryData: ExampleEntryData[] = [
  ...collaborationEntries,
  ...atlassianEntries,
  ...productivityEntries,
  ...developerToolEntries,
  ...cloudDataEntries,
];
