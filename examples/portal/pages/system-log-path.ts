/** The System Log page's path (Okta's Admin Console path). */
export const SYSTEM_LOG_PATH = '/report/system_log_2';
