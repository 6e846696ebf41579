/**
 * The addresses the server, its e-mails and the dashboard agree on, from the deployment's public base
 * (`https://interviews.example.com`).
 */
export interface Links {
  /** The candidate's page for an invite code. */
  join: (code: string) => string;
  /** Where an invited colleague chooses their first password. */
  setPassword: (token: string) => string;
  /** Where a colleague who forgot their password chooses a new one. */
  resetPassword: (token: string) => string;
  /** The add-in's manifest, for candidates outside the customer's tenant ("Upload My Add-in"). */
  manifest: string;
  /** A read-only result for someone without an account (the token is the share link's secret). */
  shared: (token: string) => string;
  /** The deployment itself: where the task pane and the dashboard are served. */
  base: string;
}

export function linksFor(base: string): Links {
  const root = base.replace(/\/$/, '');
  return {
    join: (code) => `${root}/join/${encodeURIComponent(code)}`,
    setPassword: (token) => `${root}/dashboard/#/welcome?token=${encodeURIComponent(token)}`,
    resetPassword: (token) => `${root}/dashboard/#/reset?token=${encodeURIComponent(token)}`,
    shared: (token) => `${root}/dashboard/#/shared/${encodeURIComponent(token)}`,
    manifest: `${root}/manifest.xml`,
    base: root,
  };
}
