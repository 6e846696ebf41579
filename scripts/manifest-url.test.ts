import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_DEV_BASE, rebaseManifest } from './manifest-url';

describe('the manifest for a deployment', () => {
  const xml = readFileSync('manifest.xml', 'utf8');

  it('points every URL, the task pane and the AppDomain at the deployment', () => {
    const out = rebaseManifest(xml, 'https://interviews.example.com/');
    expect(out).not.toContain(MANIFEST_DEV_BASE);
    expect(out).toContain('<SourceLocation DefaultValue="https://interviews.example.com/addin/"/>');
    expect(out).toContain('<AppDomain>https://interviews.example.com</AppDomain>');
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => rebaseManifest(xml, 'ftp://x.example.com')).toThrow(/must be http/);
  });
});
