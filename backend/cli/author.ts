import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AuthoringBriefSchema } from '../../shared/authoring';
import { deriveTask, DerivationError } from '../authoring/derive-task';
import { selfTest, type Sample } from '../authoring/self-test';
import { readXlsx, WorkbookFileError } from '../workbook-file/read-xlsx';

const USAGE = `Usage: npm run author -- --starter s.xlsx --solved t.xlsx --instructions "…" [--title …] [--id …] [--skill …] [--level 1|2|3]
         [--sample name=answer.xlsx:0.2-0.6 …] --out task.json`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function workbook(file: string, what: string) {
  try {
    return await readXlsx(await readFile(file));
  } catch (error) {
    fail(
      `The ${what} workbook ${file}: ${error instanceof WorkbookFileError ? error.message : `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`}`,
    );
  }
}

/** `name=file.xlsx:0.2-0.6`: a sample answer and the band of scores the author expects for it. */
async function sample(spec: string): Promise<Sample> {
  const m = /^([^=]+)=(.+):([01](?:\.\d+)?)-([01](?:\.\d+)?)$/.exec(spec);
  if (!m || Number(m[3]) > Number(m[4]))
    fail(`--sample ${spec}: write it as name=answer.xlsx:low-high, for example typed=typed.xlsx:0-0.2.`);
  return { name: m[1]!, snapshot: await workbook(m[2]!, `sample "${m[1]}"`), band: [Number(m[3]), Number(m[4])] };
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        starter: { type: 'string' },
        solved: { type: 'string' },
        instructions: { type: 'string' },
        title: { type: 'string' },
        id: { type: 'string' },
        skill: { type: 'string' },
        level: { type: 'string' },
        sample: { type: 'string', multiple: true, default: [] },
        out: { type: 'string' },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (!args.starter || !args.solved || !args.instructions || !args.out) fail('--starter, --solved, --instructions and --out are needed.');
  const brief = AuthoringBriefSchema.safeParse({
    instructions: args.instructions,
    title: args.title,
    id: args.id,
    skill: args.skill,
    level: args.level === undefined ? undefined : Number(args.level),
  });
  if (!brief.success) fail(brief.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));

  const starter = await workbook(args.starter, 'starter');
  const solved = await workbook(args.solved, 'solved');
  const samples = await Promise.all(args.sample.map(sample));
  let derivation;
  try {
    derivation = deriveTask(starter, solved, brief.data);
  } catch (error) {
    if (error instanceof DerivationError) fail(error.message);
    throw error;
  }
  const { task, notes } = derivation;
  const tests = selfTest(task, starter, solved, samples);
  await writeFile(args.out, `${JSON.stringify(task, null, 2)}\n`);
  const lines = [
    `${task.id}: "${task.title}" (${task.skill}, level ${task.difficulty}), ${task.private.checks.length} checks, written to ${args.out}`,
    ...notes.map((n) => `  ${n}`),
    '',
    ...tests.map((t) => `${t.passed ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`),
  ];
  const failed = tests.filter((t) => !t.passed).length;
  lines.push(
    '',
    failed ? `${failed} self-test(s) failed: review the task before publishing it.` : `All ${tests.length} self-tests passed.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(failed ? 1 : 0);
}

await main();
