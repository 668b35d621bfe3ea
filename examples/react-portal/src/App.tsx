// The Applications page in a React host: the org's apps as React state, and the catalog element
// through `@integrakit/elements/react`, whose event handlers are typed (`event.detail.entry`).
import { createCatalog, parseCatalogEntries } from '@integrakit/core/catalog';
import type { CatalogItem } from '@integrakit/elements/catalog';
import { memoryCatalogSource } from '@integrakit/elements/catalog';
import { Catalog } from '@integrakit/elements/react';
import { useEffect, useState } from 'react';

type Source = ReturnType<typeof memoryCatalogSource>;

/** The example catalog, loaded on demand (it is data, not code the first paint needs). */
function useExampleCatalog(): Source | undefined {
  const [source, setSource] = useState<Source>();
  useEffect(() => {
    let live = true;
    void import('@integrakit/core/catalog-data').then(({ exampleEntries }) => {
      // Catalog data is untrusted input: parsed (validated, bounded) before it is searched.
      if (live) setSource(memoryCatalogSource(createCatalog(parseCatalogEntries(exampleEntries))));
    });
    return () => {
      live = false;
    };
  }, []);
  return source;
}

export function App() {
  const source = useExampleCatalog();
  const [apps, setApps] = useState<readonly CatalogItem[]>([]);
  const [browsing, setBrowsing] = useState(false);

  return (
    <main>
      <h1>Applications</h1>
      <button type="button" onClick={() => setBrowsing(true)} disabled={source === undefined}>
        Browse App Catalog
      </button>
      {apps.length === 0 ? (
        <p>No applications yet.</p>
      ) : (
        <ul aria-label="Applications in this org">
          {apps.map((app) => (
            <li key={app.name}>{app.displayName}</li>
          ))}
        </ul>
      )}
      {browsing && source !== undefined ? (
        <section aria-label="App catalog">
          <button type="button" onClick={() => setBrowsing(false)}>
            Close
          </button>
          <Catalog
            source={source}
            onIntegrationAdd={(event) => {
              const { entry } = event.detail;
              setApps((current) => (current.some((app) => app.name === entry.name) ? current : [...current, entry]));
              setBrowsing(false);
            }}
          />
        </section>
      ) : null}
    </main>
  );
}
