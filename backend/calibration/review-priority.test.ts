import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../shared/score';
import { formulaShape, reviewPriority, reviewReasons, type HandInEvidence } from './review-priority';

const result = (over: Partial<ScoreResult> = {}): ScoreResult => ({
  taskId: 't',
  scorerVersion: '1',
  points: 1,
  maxPoints: 1,
  score: 1,
  checks: [],
  answerLocation: null,
  ...over,
});
const evidence = (over: Partial<HandInEvidence> = {}): HandInEvidence => ({
  score: 0.95,
  result: result(),
  modelApproach: null,
  unseenShapes: [],
  othersOfTask: 20,
  ...over,
});
const kinds = (e: HandInEvidence) => reviewReasons(e).map((r) => r.kind);

describe('a formula’s shape', () => {
  it('is the same for a filled-down formula and differs for another approach', () => {
    expect(formulaShape('=VLOOKUP(A2,$F$2:$G$9,2,FALSE)')).toBe(formulaShape('=vlookup(A3, $F$2:$G$9, 2, FALSE)'));
    expect(formulaShape('=VLOOKUP(A2,$F$2:$G$9,2,FALSE)')).not.toBe(formulaShape('=INDEX($G$2:$G$9,MATCH(A2,$F$2:$F$9,0))'));
  });

  it('drops sheet names, constants and strings, and keeps function names with digits', () => {
    expect(formulaShape('=SUMIFS(\'Sales Data\'!C:C,Sales!B:B,"East",D2:D9,">"&100)')).toBe('=SUMIFS(R,R,S,R,S&N)');
    expect(formulaShape('=LOG10(A1)+ATAN2(1,2)')).toBe('=LOG10(R)+ATAN2(N,N)');
  });
});

describe('why a hand-in goes to the review queue', () => {
  it('is nothing for a confident verdict', () => {
    expect(reviewReasons(evidence())).toEqual([]);
  });

  it('is a score within 5 points of the pass mark', () => {
    expect(reviewReasons(evidence({ score: 0.67 }))).toEqual([
      { kind: 'near-pass-mark', message: 'Scored 67%, within 5% of the pass mark (70%).' },
    ]);
  });

  it('is a gate that set the score, and checks that could not run', () => {
    const gated = result({ gates: [{ check: 'hidden', cap: 0.5, applied: true, reason: 'wrong on other data' }] });
    expect(kinds(evidence({ score: 0.5, result: gated }))).toEqual(['gate-decided']);
    const check = {
      id: 'c',
      kind: 'formula',
      description: 'uses LAMBDA',
      weight: 1,
      passed: false,
      points: 0,
      maxPoints: 1,
      evidence: [],
      evidenceOmitted: 0,
    };
    expect(kinds(evidence({ result: result({ checks: [{ ...check, evaluated: false }] }) }))).toEqual(['not-run']);
  });

  it('is a formula unlike any other hand-in’s, once the task has five others', () => {
    expect(kinds(evidence({ unseenShapes: ['=SUMPRODUCT(R*R)'] }))).toEqual(['unusual-formula']);
    expect(kinds(evidence({ unseenShapes: ['=SUMPRODUCT(R*R)'], othersOfTask: 3 }))).toEqual([]);
  });

  it('is a hand-in the grader flagged: text addressed to it, or another candidate’s workbook', () => {
    const flags = [
      { kind: 'workbook-of-another-interview' as const, sheet: '', cell: 'document properties', excerpt: 'interview 81279ab8' },
      { kind: 'data-not-issued' as const, sheet: 'Orders', cell: 'A2:C11', excerpt: '27 of 30 cells differ' },
      { kind: 'data-not-issued' as const, sheet: 'Prices', cell: 'A2:B9', excerpt: '16 of 16 cells differ' },
    ];
    expect(reviewReasons(evidence({ result: result({ integrityFlags: flags }) }))).toEqual([
      {
        kind: 'integrity',
        message:
          'Flagged: the workbook, or a sheet of it, was set up for another interview; the data is not what this candidate was given.',
      },
    ]);
  });

  it('is the model and the checks 30 points or more apart', () => {
    expect(reviewReasons(evidence({ modelApproach: 0.4 }))).toEqual([
      { kind: 'model-disagrees', message: 'The model rated the approach 40%; the checks scored 95%.' },
    ]);
  });

  it('puts hand-ins with more reasons first, then those nearer the pass mark', () => {
    const two = reviewPriority({ score: 0.4 }, reviewReasons(evidence({ score: 0.4, modelApproach: 0.9, unseenShapes: ['=X(R)'] })));
    const near = reviewPriority({ score: 0.69 }, reviewReasons(evidence({ score: 0.69 })));
    const nearish = reviewPriority({ score: 0.74 }, reviewReasons(evidence({ score: 0.74 })));
    expect(two).toBeGreaterThan(near);
    expect(near).toBeGreaterThan(nearish);
  });
});
