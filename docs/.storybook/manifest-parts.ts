// Storybook keys its docs table rows by name, so a CSS part named like a property (the secret
// field's `label` and `value` parts) merged into the property's row and showed it under "CSS
// Shadow Parts". Parts are listed as `::part(name)`, which is also how a page styles them.

interface Part {
  name: string;
}
interface Declaration {
  cssParts?: Part[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** A copy of `manifest` whose CSS parts are named `::part(name)`. */
export function withDistinctPartNames<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}
