import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };
import { withDistinctPartNames } from './manifest-parts.js';

// Controls and docs tables come from the manifest the analyzer builds from the components' JSDoc.
setCustomElementsManifest(withDistinctPartNames(manifest));

const preview: Preview = {
  // A docs page for every component, from its stories and the manifest.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
