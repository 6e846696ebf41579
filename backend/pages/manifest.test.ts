import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestProblems } from '../../scripts/validate-manifest';
import { deploymentBase, MANIFEST_DEV_BASE, manifestFor } from './manifest';

describe('the add-in manifest', () => {
  it('is committed as the template writes it for a local npm start', () => {
    expect(readFileSync('manifest.xml', 'utf8')).toBe(manifestFor(MANIFEST_DEV_BASE));
  });

  it("passes Microsoft's schemas, committed and as built for a deployment", async () => {
    expect(await manifestProblems(readFileSync('manifest.xml', 'utf8'))).toEqual([]);
    expect(await manifestProblems(manifestFor(deploymentBase('https://interviews.example.com/')))).toEqual([]);
  });

  it('fails the schemas on a broken copy, naming the line and the element', async () => {
    const broken = manifestFor(MANIFEST_DEV_BASE).replace('<ProviderName>Excel Interviewer</ProviderName>', '');
    const problems = await manifestProblems(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: 9,
      message: expect.stringContaining("Element '{http://schemas.microsoft.com/office/appforoffice/1.1}DefaultLocale'"),
    });
  });

  it('opens the task pane from a button on the Home tab, with its icons, a supertip and a getting-started callout', () => {
    const xml = manifestFor(MANIFEST_DEV_BASE);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    for (const size of [16, 32, 80]) expect(xml).toContain(`<bt:Image size="${size}" resid="Icon.${size}"/>`);
    expect(xml).toContain('<Supertip>');
    expect(xml).toContain('<GetStarted>');
  });

  it('points every address at the deployment', () => {
    const xml = manifestFor(deploymentBase('https://interviews.example.com/'));
    expect(xml).not.toContain(MANIFEST_DEV_BASE);
    expect(xml).toContain('<SourceLocation DefaultValue="https://interviews.example.com/addin/"/>');
    expect(xml).toContain('<AppDomain>https://interviews.example.com</AppDomain>');
  });

  it('refuses a deployment address that is not HTTPS, except this machine for development', () => {
    expect(() => deploymentBase('http://interviews.example.com')).toThrow(/must be https/);
    expect(() => deploymentBase('ftp://interviews.example.com')).toThrow(/must be https/);
    expect(deploymentBase('http://localhost:3000/')).toBe('http://localhost:3000');
    expect(deploymentBase('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });
});
