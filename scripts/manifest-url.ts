/** The address manifest.xml is written for: a local `npm start`. */
export const MANIFEST_DEV_BASE = 'http://localhost:8787';

/**
 * manifest.xml with every URL moved from the local server to `base` (where the task pane is deployed),
 * the AppDomain included. Refuses a base that is not an absolute http(s) URL.
 */
export function rebaseManifest(xml: string, base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`The task pane address must be http(s): ${base}`);
  const origin = url.origin + url.pathname.replace(/\/$/, '');
  return xml.split(MANIFEST_DEV_BASE).join(origin);
}
