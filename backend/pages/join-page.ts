import type { JoinInfo } from '../../shared/api/invites';
import { WHAT_IS_RECORDED } from '../../shared/consent';
import { formatInZone } from '../../shared/time-zone';

/** Where the page sends the candidate: the add-in's file, and the pane itself. */
export interface JoinLinks {
  manifestUrl: string;
  addinUrl: string;
}

export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Fits a phone: one column, system fonts, nothing loaded from elsewhere, no script. */
const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:"Segoe UI",system-ui,-apple-system,Helvetica,Arial,sans-serif;color:#242424;background:#f5f5f5;line-height:1.5}
main{max-width:44rem;margin:0 auto;padding:1.25rem}section{background:#fff;border-radius:8px;padding:1rem 1.25rem;margin:0 0 1rem;box-shadow:0 1px 2px rgba(0,0,0,.12)}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.125rem;margin:0 0 .5rem}p{margin:0 0 .75rem}ul,ol{margin:0 0 .75rem;padding-left:1.25rem}li{margin:.25rem 0}
.code{display:block;font:600 1.5rem/1.4 ui-monospace,Consolas,monospace;letter-spacing:.08em;user-select:all;-webkit-user-select:all;background:#ebf3fc;border:1px solid #b4d6fa;border-radius:6px;padding:.5rem .75rem;margin:.25rem 0 .5rem;word-break:break-all}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 .75rem}.facts dt{color:#616161}.facts dd{margin:0}
.note{color:#616161;font-size:.9rem}a{color:#0f6cbd}blockquote{margin:0 0 .75rem;padding:.25rem .75rem;border-left:3px solid #b4d6fa}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600;padding:.25rem 0}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

const CLOSED: Record<'redeemed' | 'revoked' | 'expired', (org: string, at: string | null) => string> = {
  redeemed: (org, at) =>
    `This code has already been used${at ? ` (${at})` : ''}: the interview it started is yours to finish in Excel, in the task pane where you started it. For a new code, ask ${org}.`,
  revoked: (org) => `${org} has withdrawn this invitation, so the code no longer works. If you think this is a mistake, ask ${org}.`,
  expired: (org, at) => `This code expired${at ? ` on ${at}` : ''} and no longer works. Ask ${org} for a new invitation.`,
};

/** The candidate's page for a code (the link in the invitation): the interview, what is recorded, and how to start. */
export function joinPage(view: JoinInfo, links: JoinLinks): string {
  if (view.state === 'unknown') {
    return page(
      'Invitation not found',
      `<section><h1>We could not find this invitation</h1><p>No invitation has this code. Check the link in your e-mail, or the code if you typed it: codes look like <code>K7QM-2XHP-9RWD</code>.</p></section>`,
    );
  }
  if (view.state !== 'open') {
    const at = view.at ? formatInZone(view.at, view.timeZone) : null;
    return page(
      'This invitation cannot be used',
      `<section><h1>This invitation cannot be used</h1><p>${escape(CLOSED[view.state](view.organisation, at))}</p></section>`,
    );
  }
  const expires = formatInZone(view.expiresAt, view.timeZone);
  const code = escape(view.code);
  return page(
    `${view.organisation}: your Excel interview`,
    `<section>
<h1>${escape(view.organisation)} invites you, ${escape(view.candidateName)}, to an Excel interview</h1>
${view.message ? `<blockquote>${escape(view.message).replace(/\n/g, '<br>')}</blockquote>` : ''}
<dl class="facts"><dt>Interview</dt><dd>${escape(view.assessment)}</dd><dt>Tasks</dt><dd>${view.taskCount}</dd><dt>Time</dt><dd>${view.minutes} minutes in all, each task with its own limit</dd><dt>Code valid until</dt><dd>${escape(expires)}</dd></dl>
<p>Your code (select it and copy it):</p><span class="code" id="code">${code}</span>
<p class="note">It works once. Start when you have the time: the clock starts when you press Start in Excel, not before.</p>
</section>
<section>
<h2>What is recorded</h2>
<ul>${WHAT_IS_RECORDED.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>
<p class="note">You are asked to agree to this in Excel before the first task starts.</p>
</section>
<section>
<h2>How to start</h2>
<p>You need Excel: on the web (free with a Microsoft account), on Windows or on a Mac. The interview runs in a task pane beside your workbook.</p>
<details open><summary>If ${escape(view.organisation)} has installed it for you</summary>
<ol><li>Open Excel and a new blank workbook.</li><li>On the <b>Home</b> tab, choose <b>Excel Interviewer</b> (in the Interview group). It can take up to a day to appear after your organisation adds it.</li><li>Enter your code and follow the pane.</li></ol></details>
<details open><summary>Otherwise: add it yourself, on Excel on the web (simplest)</summary>
<ol><li>Download the add-in's file: <a href="${escape(links.manifestUrl)}" download="excel-interviewer.xml">excel-interviewer.xml</a>.</li><li>Open <a href="https://excel.cloud.microsoft/">Excel on the web</a>, sign in and create a blank workbook.</li><li>On the <b>Home</b> tab choose <b>Add-ins</b>, then <b>More Add-ins</b>, then <b>My Add-ins</b>, then <b>Upload My Add-in</b>; choose the file you downloaded and <b>Upload</b>.</li><li>Choose <b>Excel Interviewer</b> on the Home tab, enter your code and follow the pane.</li></ol></details>
<details><summary>On Windows</summary>
<ol><li>Download <a href="${escape(links.manifestUrl)}" download="excel-interviewer.xml">excel-interviewer.xml</a>.</li><li>In Excel, on the <b>Home</b> tab choose <b>Add-ins</b>, <b>More Add-ins</b>, <b>My Add-ins</b>, and <b>Upload My Add-in</b> if your Excel offers it; choose the file.</li><li>If it does not offer it: put the file in a shared folder, add that folder under <b>File</b> › <b>Options</b> › <b>Trust Center</b> › <b>Trust Center Settings</b> › <b>Trusted Add-in Catalogs</b>, restart Excel, and choose it under <b>More Add-ins</b> › <b>Shared Folder</b>. Or use Excel on the web.</li><li>Choose <b>Excel Interviewer</b> on the Home tab and enter your code.</li></ol></details>
<details><summary>On a Mac</summary>
<ol><li>Download <a href="${escape(links.manifestUrl)}" download="excel-interviewer.xml">excel-interviewer.xml</a>.</li><li>In Finder choose <b>Go</b> › <b>Go to Folder</b> and open <code>~/Library/Containers/com.microsoft.Excel/Data/Documents/</code>; create a folder named <code>wef</code> there if there is none, and put the file in it.</li><li>Restart Excel, open a blank workbook, and choose <b>Home</b> › <b>Add-ins</b>; <b>Excel Interviewer</b> is listed under developer add-ins.</li><li>Enter your code and follow the pane.</li></ol></details>
<p class="note">Trouble? Your work is saved as you go and handed in from the pane; if Excel closes, reopen the pane and you carry on where you were. The pane itself is at <a href="${escape(links.addinUrl)}">${escape(links.addinUrl)}</a> (it only works inside Excel).</p>${view.fileUpload ? `\n<p><b>Cannot use the add-in?</b> <a href="/join/${encodeURIComponent(view.code)}/files">Download each task's workbook and hand in the finished file instead</a> (graded the same way, marked as an uploaded file).</p>` : ''}
</section>`,
  );
}
