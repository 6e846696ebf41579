import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { UploadedWorkbook } from '../../../../shared/api/task-drafts';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ShownOnce } from '../components/ShownOnce';
import { CellGrid } from '../components/CellGrid';
import { ErrorBar, PageState } from '../components/PageState';
import { useAction } from '../components/use-action';
import { useLoad } from '../components/use-load';
import { dateTime, percent, skillName } from '../format';
import { go } from '../route';

/** A draft as the API answers it (typed from the OpenAPI document). */
type TaskDraft = Awaited<ReturnType<DashboardApi['taskDraft']>>;

/** A chosen file as the API takes it: its name and its bytes in base64. */
async function asUpload(file: File): Promise<UploadedWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}

interface FilePickerProps {
  label: string;
  hint: string;
  onPick: (file: File | null) => void;
  validation: ReturnType<ReturnType<typeof useAction>['fieldError']>;
}

function FilePicker({ label, hint, onPick, validation }: FilePickerProps) {
  return (
    <Field label={label} hint={hint} required {...validation}>
      <input
        type="file"
        aria-label={label}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
      />
    </Field>
  );
}

export interface TasksPageProps {
  api: DashboardApi;
  draftId: string | null;
}

/** The organisation's own tasks: made from a starter and a solved workbook, reviewed, self-tested and published. */
export function TasksPage({ api, draftId }: TasksPageProps) {
  return draftId ? <DraftReview api={api} draftId={draftId} /> : <TaskDrafts api={api} />;
}

function TaskDrafts({ api }: { api: DashboardApi }) {
  const l = useLayout();
  const [drafts, reload] = useLoad(() => api.taskDrafts(), []);
  const [instructions, setInstructions] = useState('');
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<1 | 2 | 3>(1);
  const [starter, setStarter] = useState<File | null>(null);
  const [solved, setSolved] = useState<File | null>(null);
  const { run, error, busy, fieldError } = useAction();
  const [paneCode, setPaneCode] = useState<string | null>(null);
  const codeAction = useAction();
  const derive = () =>
    run(async () => {
      const draft = await api.createTaskDraft({
        brief: { instructions, level, ...(title.trim() ? { title: title.trim() } : {}) },
        starter: await asUpload(starter!),
        solved: await asUpload(solved!),
      });
      go(`tasks/${draft.id}`);
    });
  return (
    <>
      <PageHeading title="Your tasks" />
      <Section title="Make a task from two workbooks">
        <Text as="p" block className={l.muted}>
          Build the starter workbook as the candidate should get it, solve it once in Excel, and upload both. The answer is what you added;
          the checks, the hidden data and a follow-up question are derived from it for you to review before anyone sees it.
        </Text>
        <div className={l.stack}>
          <Field
            label="Instructions"
            hint="What the candidate reads: where the answer goes and what must keep working"
            required
            {...fieldError('brief.instructions')}
          >
            <Textarea value={instructions} onChange={(_, d) => setInstructions(d.value)} rows={3} resize="vertical" />
          </Field>
          <div className={l.row}>
            <Field label="Title" hint="Empty: from the instructions">
              <Input value={title} onChange={(_, d) => setTitle(d.value)} className={l.wideField} />
            </Field>
            <Field label="Level">
              <Dropdown
                value={`Level ${level}`}
                selectedOptions={[String(level)]}
                onOptionSelect={(_, d) => setLevel(Number(d.optionValue) as 1 | 2 | 3)}
              >
                <Option value="1">Level 1</Option>
                <Option value="2">Level 2</Option>
                <Option value="3">Level 3</Option>
              </Dropdown>
            </Field>
          </div>
          <div className={l.row}>
            <FilePicker
              label="Starter workbook"
              hint=".xlsx, as the candidate gets it"
              onPick={setStarter}
              validation={fieldError('starter')}
            />
            <FilePicker label="Solved workbook" hint=".xlsx, solved once" onPick={setSolved} validation={fieldError('solved')} />
          </div>
        </div>
        <ErrorBar message={error} />
        <div className={l.actions}>
          <Button appearance="primary" disabled={busy || !instructions.trim() || !starter || !solved} onClick={() => void derive()}>
            {busy ? 'Deriving…' : 'Derive the task'}
          </Button>
        </div>
      </Section>
      <Section title="Or capture them in Excel">
        <Text as="p" block className={l.muted}>
          In the Excel Interviewer task pane, choose “Writing a task? Recruiters connect here”, type the code, then capture the workbook as
          the starter and, once solved, as the solved one. The draft appears below.
        </Text>
        {paneCode && <ShownOnce label="Type this code in the task pane within 15 minutes." value={paneCode} />}
        <ErrorBar message={codeAction.error} />
        <div className={l.actions}>
          <Button onClick={() => void codeAction.run(async () => setPaneCode((await api.authorCode()).code))}>
            Show a code for the task pane
          </Button>
          <Button onClick={reload}>Refresh the list</Button>
        </div>
      </Section>
      <Section title="Drafts and published tasks">
        <PageState loaded={drafts} retry={reload} isEmpty={(v) => v.length === 0} empty="No task of your own yet.">
          {(rows) => (
            <Table aria-label="Your tasks" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Task</TableHeaderCell>
                  <TableHeaderCell>Skill</TableHeaderCell>
                  <TableHeaderCell>Self-tests</TableHeaderCell>
                  <TableHeaderCell>Published as</TableHeaderCell>
                  <TableHeaderCell>Changed</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>
                      <Link href={`#/tasks/${d.id}`}>{d.title}</Link>
                    </TableCell>
                    <TableCell>{skillName(d.skill)}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={d.publishable ? 'success' : 'danger'}>
                        {d.publishable ? 'all pass' : 'failing'}
                      </Badge>
                    </TableCell>
                    <TableCell className={l.mono}>{d.publishedTaskId ?? 'not yet'}</TableCell>
                    <TableCell>{dateTime(d.updatedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </PageState>
      </Section>
    </>
  );
}

function DraftReview({ api, draftId }: { api: DashboardApi; draftId: string }) {
  const [loaded, reload] = useLoad(() => api.taskDraft(draftId), [draftId]);
  const [changed, setChanged] = useState<{ draft: TaskDraft; notice: string } | null>(null);
  return (
    <PageState loaded={loaded} retry={reload}>
      {(draft) => {
        const current = changed && changed.draft.id === draft.id ? changed : { draft, notice: null };
        return (
          <DraftEditor
            key={current.draft.updatedAt}
            api={api}
            draft={current.draft}
            notice={current.notice}
            onChanged={(next, notice) => setChanged({ draft: next, notice })}
          />
        );
      }}
    </PageState>
  );
}

interface DraftEditorProps {
  api: DashboardApi;
  draft: TaskDraft;
  /** What the last change did, in words; null when the draft was just opened. */
  notice: string | null;
  onChanged: (draft: TaskDraft, notice: string) => void;
}

function DraftEditor({ api, draft, notice, onChanged }: DraftEditorProps) {
  const l = useLayout();
  const { task } = draft;
  const checks = task.private.checks;
  const functions = checks.find((c) => c.kind === 'functions');
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries(checks.map((c) => [c.id, String(c.weight)])));
  const [caps, setCaps] = useState<Record<string, string>>(
    Object.fromEntries(task.private.gates.map((g) => [g.check, String(Math.round(g.cap * 100))])),
  );
  const [allowed, setAllowed] = useState(functions?.kind === 'functions' ? functions.anyOf.join(', ') : '');
  const [elsewhere, setElsewhere] = useState(task.answer.kind === 'range' ? task.answer.allowElsewhere : false);
  const [question, setQuestion] = useState(task.private.followUps[0]?.question ?? '');
  const [sampleName, setSampleName] = useState('');
  const [band, setBand] = useState({ low: '0', high: '20' });
  const [sample, setSample] = useState<File | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const save = useAction();
  const addSample = useAction();
  const publish = useAction();

  const saveChanges = () =>
    save.run(async () => {
      const followUp = task.private.followUps[0];
      onChanged(
        await api.editTaskDraft(draft.id, {
          weights: Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, Number(w)])),
          gates: Object.fromEntries(checks.map((c) => [c.id, caps[c.id]?.trim() ? Number(caps[c.id]) / 100 : null])),
          ...(functions ? { allowedFunctions: allowed.split(/[\s,]+/).filter(Boolean) } : {}),
          ...(task.answer.kind === 'range' ? { allowElsewhere: elsewhere } : {}),
          ...(followUp && question.trim() !== followUp.question
            ? { followUp: { question: question.trim(), rubric: followUp.rubric } }
            : {}),
        }),
        'Saved; the self-tests ran again.',
      );
    });

  return (
    <>
      <PageHeading title={`Review: ${task.title}`}>
        <Link href="#/tasks">All your tasks</Link>
      </PageHeading>
      {notice && (
        <Text as="p" block role="status" className={l.spaced}>
          {notice}
        </Text>
      )}
      <Section title="What the candidate gets">
        <Text as="p" block className={l.preWrap}>
          {task.instructions}
        </Text>
        <Text as="p" block className={l.muted}>
          {skillName(task.skill)} · level {task.difficulty} · answer:{' '}
          {task.answer.kind === 'range' ? `${task.answer.sheet}!${task.answer.range}` : task.answer.description}
        </Text>
        <ul>
          {draft.notes.map((note) => (
            <li key={note}>
              <Text>{note}</Text>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Self-tests">
        <ul aria-label="Self-tests">
          {draft.selfTests.map((t) => (
            <li key={t.name}>
              <Badge appearance="tint" color={t.passed ? 'success' : 'danger'}>
                {t.passed ? 'pass' : 'fail'}
              </Badge>{' '}
              <Text>
                {t.name}: {t.detail}
              </Text>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Checks">
        <Table aria-label="Checks" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Check</TableHeaderCell>
              <TableHeaderCell>Points</TableHeaderCell>
              <TableHeaderCell>Gate: at most (%) when it fails</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {checks.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.description}</TableCell>
                <TableCell>
                  <Input
                    aria-label={`Points for ${c.description}`}
                    type="number"
                    min={1}
                    max={100}
                    value={weights[c.id] ?? ''}
                    onChange={(_, d) => setWeights((w) => ({ ...w, [c.id]: d.value }))}
                  />
                </TableCell>
                <TableCell>
                  <Input
                    aria-label={`Gate for ${c.description}`}
                    type="number"
                    min={0}
                    max={100}
                    placeholder="no gate"
                    value={caps[c.id] ?? ''}
                    onChange={(_, d) => setCaps((g) => ({ ...g, [c.id]: d.value }))}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div className={l.row}>
          {functions && (
            <Field label="Functions an answer may use" hint="Separated by commas" {...save.fieldError('private.checks')}>
              <Input value={allowed} onChange={(_, d) => setAllowed(d.value)} className={l.wideField} />
            </Field>
          )}
          {task.answer.kind === 'range' && (
            <Field label="Answers elsewhere in the workbook">
              <Switch checked={elsewhere} onChange={(_, d) => setElsewhere(d.checked)} label={elsewhere ? 'Count' : 'Do not count'} />
            </Field>
          )}
        </div>
        <Field label="Follow-up question" hint="Asked after the hand-in, about the candidate's own work">
          <Textarea value={question} onChange={(_, d) => setQuestion(d.value)} rows={2} resize="vertical" />
        </Field>
        <ErrorBar message={save.error} />
        <div className={l.actions}>
          <Button onClick={() => void saveChanges()} disabled={save.busy}>
            Save changes and run the self-tests
          </Button>
        </div>
      </Section>

      {draft.variants.length > 0 && (
        <Section title="Hidden data">
          <Text as="p" block className={l.muted}>
            The candidate's formulas are run again on these variants of the data; each must give what your formulas give.
          </Text>
          <div className={l.grid}>
            {draft.variants.map((v) => (
              <div key={v.index}>
                <Text weight="semibold">
                  Variant {v.index}: {v.changes.join(', ')}
                </Text>
                {v.blocks.map((b) => (
                  <CellGrid
                    key={`${b.sheet}!${b.range}`}
                    caption={`${b.sheet}!${b.range}, first rows`}
                    label={`Variant ${v.index}, ${b.sheet}!${b.range}`}
                    rows={b.rows}
                  />
                ))}
              </div>
            ))}
          </div>
        </Section>
      )}

      <Section title="Sample answers">
        <Text as="p" block className={l.muted}>
          Upload a wrong or partial answer with the scores you expect for it, written before you see its score. It becomes a self-test.
        </Text>
        {draft.samples.length > 0 && (
          <ul>
            {draft.samples.map((s) => (
              <li key={s.name}>
                <Text>
                  {s.name}: expected {percent(s.band[0])} to {percent(s.band[1])}
                </Text>
              </li>
            ))}
          </ul>
        )}
        <div className={l.row}>
          <Field label="Sample name">
            <Input value={sampleName} onChange={(_, d) => setSampleName(d.value)} />
          </Field>
          <Field label="Lowest score (%)">
            <Input type="number" min={0} max={100} value={band.low} onChange={(_, d) => setBand((b) => ({ ...b, low: d.value }))} />
          </Field>
          <Field label="Highest score (%)">
            <Input type="number" min={0} max={100} value={band.high} onChange={(_, d) => setBand((b) => ({ ...b, high: d.value }))} />
          </Field>
          <FilePicker label="Sample workbook" hint=".xlsx" onPick={setSample} validation={addSample.fieldError('workbook')} />
        </div>
        <ErrorBar message={addSample.error} />
        <div className={l.actions}>
          <Button
            disabled={addSample.busy || !sampleName.trim() || !sample}
            onClick={() =>
              void addSample.run(async () =>
                onChanged(
                  await api.addTaskSample(draft.id, {
                    name: sampleName.trim(),
                    band: [Number(band.low) / 100, Number(band.high) / 100],
                    workbook: await asUpload(sample!),
                  }),
                  `Added the sample “${sampleName.trim()}”; the self-tests ran again.`,
                ),
              )
            }
          >
            Add the sample
          </Button>
        </div>
      </Section>

      <Section title="Publish">
        <Text as="p" block>
          {draft.publishable
            ? 'Every self-test passes. Publishing puts the task in the assessment builder beside the library; publishing again makes a new version, and assessments keep the version they were built with.'
            : 'A self-test fails: change the task or its workbooks until every one passes.'}
        </Text>
        {(published ?? draft.publishedTaskId) && (
          <Text as="p" block role="status">
            Published as <span className={l.mono}>{published ?? draft.publishedTaskId}</span>. It is in the assessment builder.
          </Text>
        )}
        <ErrorBar message={publish.error} />
        <div className={l.actions}>
          <Button
            appearance="primary"
            disabled={!draft.publishable || publish.busy}
            onClick={() =>
              void publish.run(async () => {
                const done = await api.publishTaskDraft(draft.id);
                setPublished(`${done.taskId} (version ${done.version})`);
              })
            }
          >
            Publish
          </Button>
        </div>
      </Section>
    </>
  );
}
