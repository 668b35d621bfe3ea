import {
  type CatalogEntry,
  INDUSTRIES,
  PROVISIONING_CAPABILITIES,
  SIGN_ON_PROTOCOLS,
  USE_CASES,
} from './entry.schema.js';

/** Options of {@link generateCatalog}. */
export interface GenerateCatalogOptions {
  /** Number of entries. */
  size: number;
  /** PRNG seed; the same seed and size always give the same catalog. @default 1 */
  seed?: number;
}

// Word stock for brand-like names ("Zentrix", "Cloudpath", "Brightdesk"): stems plus suffixes, or two words.
const stems =
  'zen bright cloud data flow hub sync pay team work pipe snap mint nova pulse rapid quant orbit spark stack clear true core signal beacon atlas vector echo lumen tidal north swift blue iron river maple cedar summit harbor pixel quill ledger shift fusion apex vivid nimbus helix kite loop meta omni prism relay sage tera ultra vertex wave yield zephyr astra bolt crest delta ember forge glide halo ionic jolt karma lyric mosaic nexus opal pivot quest radar solar terra unity vault willow xeno yonder zinc'.split(
    ' ',
  );
const onsets = 'b br c cl d dr f fl g gr h j k kl l m n p pl qu r s sk sl st t tr v w z'.split(' ');
const vowels = 'a e i o u ai ea io'.split(' ');
const codas = 'x n r l s ck nt ra va ta ro lo'.split(' ');
const suffixes =
  'ly ify io hub desk base force stack point works lab flow ware cast grid sight logic wise mind box path board'.split(
    ' ',
  );
const editions = 'Phone Analytics Mobile Admin Cloud Enterprise Connect Sign Rooms Insights Payroll Chat'.split(' ');
const categories =
  'CRM|Collaboration|Productivity|Human Resources|Finance|Marketing|Security|Developer Tools|Analytics|Customer Support|Project Management|Communication|Storage|Design|Sales|Accounting|Recruiting|IT Service Management|Learning|E-commerce|Legal|Procurement|Travel|Data Warehouse|Monitoring|Identity|Video Conferencing|Payroll|Education|Healthcare'.split(
    '|',
  );
const verbs = 'Manage|Automate|Track|Plan|Secure|Analyze|Share|Organize|Streamline|Monitor|Connect|Simplify'.split('|');
const objects =
  'customer relationships|team projects|payroll and benefits|invoices and expenses|marketing campaigns|support tickets|source code|documents and files|sales pipelines|employee onboarding|cloud infrastructure|video meetings|learning programs|contracts and approvals|data pipelines|security incidents'.split(
    '|',
  );
const closers =
  'for growing businesses.|with real-time dashboards.|across every department.|with built-in compliance.|from one workspace.|with AI-powered insights.|for distributed teams.|at enterprise scale.'.split(
    '|',
  );

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A deterministic synthetic catalog for tests and benchmarks: brand-like names with editions
 * ("Nova", "Nova Phone"), templated descriptions, skewed category and facet distributions and
 * heavy-tailed popularity. Every entry satisfies `CatalogEntrySchema`.
 */
export function generateCatalog({ size, seed = 1 }: GenerateCatalogOptions): CatalogEntry[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Squaring a uniform draw favours the start of a list: the first categories are the common ones.
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2 * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number, draw = pick): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => draw(list)))];
  };
  const entries: CatalogEntry[] = [];
  const used = new Set<string>();
  for (let i = 0; i < size; i++) {
    const base = entries.length > 20 && random() < 0.12 ? pick(entries) : undefined;
    let displayName = '';
    // Redraw on collisions so display names stay unique, as in a real catalog; a counter ends the rare long streak.
    for (let attempt = 0; displayName === '' || used.has(displayName.toLowerCase()); attempt++) {
      const roll = random();
      if (base !== undefined && attempt === 0) displayName = `${base.displayName.split(' ')[0]} ${pick(editions)}`;
      else if (roll < 0.35) displayName = capital(pick(stems) + pick(suffixes));
      else if (roll < 0.8)
        displayName = capital(pick(onsets) + pick(vowels) + pick(onsets) + pick(vowels) + pick(codas));
      else displayName = `${capital(pick(stems))} ${capital(pick(stems))}`;
      if (attempt > 8) displayName = `${displayName} ${i}`;
    }
    used.add(displayName.toLowerCase());
    const name = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 128);
    const tags = some(categories, 1, 3, skewed);
    const signOn = some(SIGN_ON_PROTOCOLS, 1, 2, skewed);
    const provisioning = random() < 0.35 ? PROVISIONING_CAPABILITIES.slice(0, 1 + Math.floor(random() * 5)) : [];
    const hex = Math.floor(random() * 0xffffff)
      .toString(16)
      .padStart(6, '0');
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    entries.push({
      name,
      displayName: displayName.slice(0, 64),
      description: `${pick(verbs)} ${pick(objects)} ${pick(closers)} ${displayName} is a ${tags[0]} app ${pick(closers)}`,
      website: `https://www.${name.replaceAll('_', '')}.example.com`,
      logo: { kind: 'monogram', text: displayName.slice(0, 1).toUpperCase(), hex },
      verificationStatus: random() < 0.6 ? 'OKTA_VERIFIED' : 'COMMUNITY_CREATED',
      useCases: some(USE_CASES, 1, 3, skewed),
      functionality: { signOn: [...signOn], provisioning: [...provisioning], apiService: random() < 0.15 },
      industries: some(INDUSTRIES, 1, 3, skewed),
      categories: tags,
      aliases: [],
      popularity: Math.floor(100_000 * random() ** 6),
      lastUpdated: `202${Math.floor(random() * 6)}-${month}-1${Math.floor(random() * 9)}`,
      settings: [],
      templates: {},
    });
  }
  return entries;
}
