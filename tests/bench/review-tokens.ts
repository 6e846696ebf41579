import { encode } from 'gpt-tokenizer';
import { reviewMessages } from '../../backend/scoring/review/review-prompt';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { objectSolutionSnapshot } from '../helpers/object-solutions';
import { solvedSnapshot } from '../helpers/snapshots';
import { quantile, report } from './report';

/**
 * `llm.review.input_tokens.{max,median}`: what one review sends the model, over every library task's
 * reference hand-in, counted with the o200k tokenizer (gpt-4o's) including the chat framing per message.
 */
export function reviewTokensBench(): void {
  const counts = BUILT_IN_TASKS.map((task) => {
    const snapshot = task.private.solution.formulas.length ? solvedSnapshot(task) : objectSolutionSnapshot(task);
    const messages = reviewMessages(task, snapshot, scoreWorkbook(snapshot, task));
    return messages.reduce((n, m) => n + encode(m.content).length + 4, 3);
  });
  report('llm.review.input_tokens.max', Math.max(...counts), 'tokens');
  report('llm.review.input_tokens.median', quantile(counts, 0.5), 'tokens');
}
