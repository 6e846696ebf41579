import type { TaskPublic } from '../../shared/task';
import { escape, page } from './join-page';

export interface FileHandInView {
  code: string;
  organisation: string;
  candidateName: string;
  task: TaskPublic | null;
  handedIn: number;
  /** What the last upload did, in a sentence. */
  notice: { kind: 'received' | 'refused'; text: string } | null;
}

/**
 * The page for a candidate who cannot use the add-in: the task to do now, its starter workbook to download,
 * and a form to upload the finished file. No script: a plain form, so it works on any browser.
 */
export function fileHandInPage(view: FileHandInView): string {
  const base = `/join/${encodeURIComponent(view.code)}/files`;
  const notice = view.notice
    ? `<section role="${view.notice.kind === 'refused' ? 'alert' : 'status'}"><p>${escape(view.notice.text)}</p></section>`
    : '';
  if (!view.task) {
    return page(
      'All handed in',
      `${notice}<section><h1>Thank you, ${escape(view.candidateName)}</h1><p>${view.handedIn ? `You handed in ${view.handedIn} file${view.handedIn === 1 ? '' : 's'}. ` : ''}There is no task left to hand in; ${escape(view.organisation)} will be in touch.</p></section>`,
    );
  }
  const task = view.task;
  return page(
    task.title,
    `${notice}<section><h1>${escape(task.title)}</h1><p>${escape(task.instructions)}</p>
<p class="note">Handing in files instead of using the add-in: your finished workbook is graded the same way, but it carries no record of how you worked, and ${escape(view.organisation)} sees that.</p></section>
<section><h2>1. Download the starter workbook</h2><p><a href="${base}/starter.xlsx" download="${escape(task.id)}.xlsx">Download ${escape(task.title)} (.xlsx)</a></p>
<h2>2. Solve it in Excel and save it</h2><p>Keep the sheets as they are; put your answers where the task says.</p>
<h2>3. Upload the finished file</h2>
<form method="post" action="${base}" enctype="multipart/form-data"><input type="hidden" name="taskId" value="${escape(task.id)}">
<p><label for="workbook">Your finished workbook (.xlsx)</label><br><input id="workbook" name="workbook" type="file" accept=".xlsx" required></p>
<p><button type="submit">Hand in this file</button></p></form></section>`,
  );
}
