import type { PortalPage } from '../router.js';
import { setTitle } from './page-dom.js';

/** Any path no route matches. */
export const notFoundPage: PortalPage = {
  render(outlet) {
    setTitle('Page not found');
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    heading.textContent = 'Page not found';
    const text = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/admin/apps';
    link.textContent = 'Applications';
    text.append('Go to ', link, '.');
    outlet.append(heading, text);
    return undefined;
  },
};
