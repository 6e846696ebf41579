/**
 * Office on the web shows the task pane in an iframe on Microsoft's domains, so the pane may be framed
 * by those (and by this origin), by nothing else. Used by Node's static serving and written into the
 * Workers assets' `_headers` file, so both runtimes send the same policy.
 */
export const TASK_PANE_FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft.com',
].join(' ');

export const TASK_PANE_CSP = `frame-ancestors ${TASK_PANE_FRAME_ANCESTORS}`;

/**
 * The dashboard's policy: its own scripts only, no framing at all. Styles allow inline because Fluent UI's
 * styling engine (Griffel) inserts its rules at run time; no script runs inline.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
