import { IkDashboard } from '../components/dashboard/define.js';
import { createWrapper } from './create-wrapper.js';

/** `<ik-dashboard>` for React: `client` and `userId`, or `links`, pass through as properties. */
export const Dashboard = createWrapper('ik-dashboard', IkDashboard, []);
