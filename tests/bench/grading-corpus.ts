import { judge, outsideCorpus } from '../corpus/outside-corpus';
import { report } from './report';

/** `grading.corpus.{agreement,cases}`: how often the grader lands in the expert's band on the outside corpus. */
export function gradingCorpusBench(): void {
  const verdicts = outsideCorpus().map(judge);
  report('grading.corpus.agreement', Math.round((verdicts.filter((v) => v.agrees).length / verdicts.length) * 1000) / 1000, 'fraction');
  report('grading.corpus.cases', verdicts.length, 'cases');
}
