import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };

// Controls and docs tables come from the manifest the analyzer builds from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
