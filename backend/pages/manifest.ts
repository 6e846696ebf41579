/**
 * The add-in's manifest (XML, validated against Microsoft's schemas by `npm run validate:manifest`), for the
 * deployment at `base`. One template serves the committed `manifest.xml` (for a local `npm start`),
 * `npm run build:manifest` (for ADDIN_URL) and the server's own `/manifest.xml` (for its public address).
 */

/** The address the committed manifest.xml is written for: a local `npm start`. */
export const MANIFEST_DEV_BASE = 'http://localhost:8787';

/** The lowest Excel API the pane needs; features above it are checked with isSetSupported (a test holds this). */
export const MANIFEST_MIN_EXCEL_API = '1.9';

/**
 * The address a deployment's manifest may point at: HTTPS, which Office requires of add-ins, or plain HTTP
 * on this machine for development. Throws a sentence saying which rule the address breaks.
 */
export function deploymentBase(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`The add-in's address is not a URL: ${address}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(`The add-in's address must be https:// (Office loads add-ins over HTTPS only; http:// is for localhost): ${address}`);
  }
  return url.origin + url.pathname.replace(/\/$/, '');
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function manifestFor(base: string): string {
  const root = escapeXml(base.replace(/\/$/, ''));
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xsi:type="TaskPaneApp">
  <Id>5b7d6f0e-3c1a-4c2e-9f5e-8a4b2d1c0e7f</Id>
  <Version>0.1.0.0</Version>
  <ProviderName>Excel Interviewer</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="Excel Interviewer"/>
  <Description DefaultValue="Take a skills interview in real Excel: live tasks, checked as you hand them in."/>
  <IconUrl DefaultValue="${root}/addin/assets/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${root}/addin/assets/icon-80.png"/>
  <SupportUrl DefaultValue="${root}/docs"/>
  <AppDomains>
    <AppDomain>${root}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="${MANIFEST_MIN_EXCEL_API}">
      <Set Name="ExcelApi" MinVersion="${MANIFEST_MIN_EXCEL_API}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${root}/addin/"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="ExcelInterviewer.Group">
                <Label resid="Group.Label"/>
                <Icon>
                  <bt:Image size="16" resid="Icon.16"/>
                  <bt:Image size="32" resid="Icon.32"/>
                  <bt:Image size="80" resid="Icon.80"/>
                </Icon>
                <Control xsi:type="Button" id="ExcelInterviewer.OpenPane">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16"/>
                    <bt:Image size="32" resid="Icon.32"/>
                    <bt:Image size="80" resid="Icon.80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>ExcelInterviewer.Pane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16" DefaultValue="${root}/addin/assets/icon-16.png"/>
        <bt:Image id="Icon.32" DefaultValue="${root}/addin/assets/icon-32.png"/>
        <bt:Image id="Icon.80" DefaultValue="${root}/addin/assets/icon-80.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${root}/addin/"/>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${root}/docs"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="GetStarted.Title" DefaultValue="Your Excel interview is ready"/>
        <bt:String id="Group.Label" DefaultValue="Interview"/>
        <bt:String id="Button.Label" DefaultValue="Excel Interviewer"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Open Excel Interviewer from the Home tab and enter the code from your invitation to start."/>
        <bt:String id="Button.Tooltip" DefaultValue="Open the interview pane: enter your invitation code, then work through each task in this workbook."/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
