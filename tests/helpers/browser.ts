import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/** Debian's Chromium (browser downloads are not possible here), or the one `CHROMIUM_PATH` names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A suite that needs a browser. Without Chromium it is skipped with the reason in its name, so the run's
 * summary says why; with `REQUIRE_BROWSER=1` (as CI sets it) it fails instead, so a green run always means
 * the browser suites ran.
 */
export function browserSuite(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
  } else if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
      });
    });
  } else {
    process.stderr.write(`skipped "${name}": no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);
    describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)`, body);
  }
}
