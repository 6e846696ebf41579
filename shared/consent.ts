/**
 * What the interview records, in the words the candidate reads before anything is recorded: on the join
 * page (before they open Excel) and in the task pane (before they press Start). One list, so both agree.
 */
export const WHAT_IS_RECORDED = [
  'What your workbook contains when you hand in a task: values, formulas, tables, charts, formats and validations.',
  'What you change while you work (which cells, when; pastes and fills), not your screen, camera or keystrokes.',
  'Your answers to the follow-up questions, and how long each task took.',
] as const;

/** How each task goes, in the pane's words. */
export const HOW_A_TASK_GOES = [
  '"Set up sheet" adds the task\'s data to this workbook.',
  'You work in Excel as you normally would, within the time shown.',
  '"Submit" hands in what the workbook contains.',
] as const;
