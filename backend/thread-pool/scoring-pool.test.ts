import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './scoring-pool';

describe("the scoring threads' Node flags", () => {
  it("keep the process's module loaders and drop V8 flags, which worker threads refuse", () => {
    expect(workerExecArgv(['--max-semi-space-size=64', '--import', 'tsx', '--enable-source-maps'])).toEqual(['--import', 'tsx']);
  });

  it('add tsx when the process was started without it', () => {
    expect(workerExecArgv(['--require=./otel.cjs'])).toEqual(['--require=./otel.cjs', '--import', 'tsx']);
  });
});
