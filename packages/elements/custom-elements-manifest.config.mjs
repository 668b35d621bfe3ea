// custom-elements.json for editors, Storybook controls and docs: read from the components' JSDoc
// (@summary, @csspart, @cssproperty, @event) and Lit's static `properties`.

/** Tags are registered by each folder's define.ts, which the analyzer cannot follow: derive them from the class name. */
const tagFromClass = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Tidies what the analyzer infers from our patterns: tag names, private state, unnamed dispatches. */
function integrakitConventions() {
  return {
    name: 'integrakit-conventions',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.tagName ??= tagFromClass(declaration.name);
          const isPublic = (item) => !item.name?.startsWith('_') && item.privacy !== 'private';
          declaration.attributes = (declaration.attributes ?? []).filter(isPublic);
          declaration.members = (declaration.members ?? []).filter(isPublic);
          // Events documented with @event carry a name; inferred `new SomeEvent(...)` dispatches do not.
          declaration.events = (declaration.events ?? []).filter((event) => /^ik-[a-z-]+$/.test(event.name ?? ''));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/__fixtures__/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [integrakitConventions()],
};
