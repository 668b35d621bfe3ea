// The sandbox's End-User Dashboard (`/app/UserHome`): <ik-dashboard> shows the signed-in person's
// apps. The server writes their visible app links as JSON into the page (`#user-home-links`); each
// tile is the app's launch URL. Defining the element hides the page's fallback links (its light DOM).
import '@integrakit/elements/dashboard/define';
import type { AppLink } from '@integrakit/core/client';

const data = document.getElementById('user-home-links')?.textContent;
const dashboard = document.querySelector('ik-dashboard');
if (data !== undefined && data !== null && dashboard !== null) {
  dashboard.links = JSON.parse(data) as AppLink[];
}
