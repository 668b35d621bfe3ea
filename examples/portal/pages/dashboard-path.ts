/** The people list whose rows open each person's dashboard preview. */
export const DASHBOARDS_PATH = '/admin/dashboard';

/** A person's dashboard preview. */
export const dashboardPath = (userId: string) => `${DASHBOARDS_PATH}/${encodeURIComponent(userId)}`;
