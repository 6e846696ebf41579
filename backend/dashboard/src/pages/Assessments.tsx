import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Slider,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { TaskPublic } from '../../../../shared/task';
import type { Assessment } from '../../../../shared/api/assessments';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ErrorBar, PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime, duration, SKILL_NAMES, skillName } from '../format';
import { go } from '../route';
import { useAction } from '../components/use-action';
import { CellGrid } from '../components/CellGrid';

export interface AssessmentsPageProps {
  api: DashboardApi;
}

export function AssessmentsPage({ api }: AssessmentsPageProps) {
  const l = useLayout();
  const [showArchived, setShowArchived] = useState(false);
  const [assessments, reload] = useLoad(() => api.assessments(showArchived), [showArchived]);
  // null: not building; 'new'; or the assessment being edited.
  const [building, setBuilding] = useState<'new' | Assessment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const done = (message: string | null) => {
    setBuilding(null);
    setNotice(message);
    reload();
  };
  return (
    <>
      <PageHeading title="Assessments">
        <Switch checked={showArchived} onChange={(_, d) => setShowArchived(d.checked)} label="Show archived" />
        <Button appearance="primary" onClick={() => setBuilding('new')}>
          New assessment
        </Button>
      </PageHeading>
      {building && (
        <AssessmentBuilder
          key={building === 'new' ? 'new' : building.id}
          api={api}
          editing={building === 'new' ? null : building}
          onDone={done}
        />
      )}
      {notice && (
        <Text as="p" block role="status" className={l.spaced}>
          {notice}
        </Text>
      )}
      <ErrorBar message={action.error} />
      <Section>
        <PageState
          loaded={assessments}
          retry={reload}
          isEmpty={(v) => v.length === 0}
          empty="No assessments yet. Build one from the task library with “New assessment”."
        >
          {(rows) => (
            <Table aria-label="Assessments" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Skills</TableHeaderCell>
                  <TableHeaderCell>Tasks</TableHeaderCell>
                  <TableHeaderCell>Time limit</TableHeaderCell>
                  <TableHeaderCell>Created</TableHeaderCell>
                  <TableHeaderCell>Actions</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      {a.name}
                      {a.version > 1 && <span className={l.muted}> (version {a.version})</span>}
                      {a.archivedAt && (
                        <>
                          {' '}
                          <Badge appearance="tint" color="subtle">
                            archived
                          </Badge>
                        </>
                      )}
                      {a.adaptive && (
                        <>
                          {' '}
                          <Badge appearance="tint">adaptive</Badge>
                        </>
                      )}
                    </TableCell>
                    <TableCell>{a.skills.map(skillName).join(', ')}</TableCell>
                    <TableCell>
                      {a.length} of {a.taskIds.length}
                    </TableCell>
                    <TableCell>{duration(a.timeLimitSeconds)}</TableCell>
                    <TableCell>{dateTime(a.createdAt)}</TableCell>
                    <TableCell data-label="Actions">
                      <div className={l.row}>
                        {!a.archivedAt && <Link onClick={() => go(`invites?assessment=${a.id}`)}>Invite candidates</Link>}
                        {!a.archivedAt && (
                          <Link aria-label={`Edit ${a.name}`} onClick={() => setBuilding(a)}>
                            Edit
                          </Link>
                        )}
                        <Link
                          aria-label={`${a.archivedAt ? 'Restore' : 'Archive'} ${a.name}`}
                          onClick={() =>
                            void action.run(async () => {
                              await (a.archivedAt ? api.restoreAssessment(a.id) : api.archiveAssessment(a.id));
                              setNotice(
                                a.archivedAt
                                  ? `Restored “${a.name}”.`
                                  : `Archived “${a.name}”: it takes no new invites; its interviews stay.`,
                              );
                              reload();
                            })
                          }
                        >
                          {a.archivedAt ? 'Restore' : 'Archive'}
                        </Link>
                      </div>
                    </TableCell>
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

export interface AssessmentBuilderProps {
  api: DashboardApi;
  /** The assessment being edited, or null for a new one. */
  editing: Assessment | null;
  /** Called with what to tell the recruiter, or null when they cancelled. */
  onDone: (notice: string | null) => void;
}

function AssessmentBuilder({ api, editing, onDone }: AssessmentBuilderProps) {
  const l = useLayout();
  const [skill, setSkill] = useState<string>('');
  const [difficulty, setDifficulty] = useState<string>('');
  const [tasks, reloadTasks] = useLoad(
    () => api.tasks({ skill: skill || undefined, difficulty: difficulty || undefined }),
    [skill, difficulty],
  );
  const [name, setName] = useState(editing?.name ?? '');
  const [chosen, setChosen] = useState<string[]>(editing?.taskIds ?? []);
  const [length, setLength] = useState<number | null>(editing && editing.length < editing.taskIds.length ? editing.length : null);
  const [minutes, setMinutes] = useState(String((editing?.timeLimitSeconds ?? 5400) / 60));
  const [adaptive, setAdaptive] = useState(editing?.adaptive ?? false);
  const [llmShare, setLlmShare] = useState(Math.round((editing?.llmShare ?? 0.2) * 100));
  const [followUpShare, setFollowUpShare] = useState(Math.round((editing?.followUpShare ?? 0.1) * 100));
  const [grace, setGrace] = useState(String(editing?.graceSeconds ?? 30));
  const [lateCounts, setLateCounts] = useState(editing?.lateCounts ?? false);
  const [allowFileUpload, setAllowFileUpload] = useState(editing?.allowFileUpload ?? false);
  const [personalData, setPersonalData] = useState(editing?.personalData ?? true);
  const [preview, setPreview] = useState<TaskPublic | null>(null);
  const { run, error, fail } = useAction();

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const save = () =>
    run(async () => {
      const body = {
        name,
        taskIds: chosen,
        adaptive,
        llmShare: llmShare / 100,
        followUpShare: followUpShare / 100,
        graceSeconds: Math.round(Number(grace)),
        lateCounts,
        allowFileUpload,
        personalData,
        timeLimitSeconds: Math.round(Number(minutes) * 60),
        ...(length ? { length: Math.min(length, chosen.length) } : {}),
      };
      if (!editing) {
        await api.createAssessment(body);
        return onDone(`Created “${name}”.`);
      }
      const saved = await api.updateAssessment(editing.id, body);
      onDone(
        saved.versioned
          ? `Saved as version ${saved.assessment.version}: candidates were already invited to the old one, which is archived and keeps its interviews.`
          : `Saved “${name}”.`,
      );
    });

  return (
    <Section title={editing ? `Edit “${editing.name}”` : 'New assessment'}>
      <div className={l.row}>
        <Field label="Assessment name" required>
          <Input value={name} onChange={(_, d) => setName(d.value)} placeholder="Financial analyst screening" className={l.wideField} />
        </Field>
        <Field label="Time limit (minutes)">
          <Input type="number" min={1} max={480} value={minutes} onChange={(_, d) => setMinutes(d.value)} />
        </Field>
        <Field label="Tasks per interview" hint="Empty: all chosen tasks">
          <Input
            type="number"
            min={1}
            value={length ? String(length) : ''}
            onChange={(_, d) => setLength(d.value ? Number(d.value) : null)}
          />
        </Field>
        <Field label="Adaptive order">
          <Switch
            checked={adaptive}
            onChange={(_, d) => setAdaptive(d.checked)}
            label={adaptive ? 'On: harder or easier by score' : 'Off: in order'}
          />
        </Field>
        <Field label={`LLM share cap: ${llmShare}%`} hint="The most an LLM review may take off a task">
          <Slider min={0} max={50} step={5} value={llmShare} onChange={(_, d) => setLlmShare(d.value)} />
        </Field>
        <Field label={`Follow-up answers weigh: ${followUpShare}%`} hint="Of each task's score, once answered">
          <Slider min={0} max={50} step={5} value={followUpShare} onChange={(_, d) => setFollowUpShare(d.value)} />
        </Field>
        <Field label="Grace after time-up (seconds)" hint="For the network only, 0 to 120">
          <Input type="number" min={0} max={120} value={grace} onChange={(_, d) => setGrace(d.value)} />
        </Field>
        <Field label="Late work">
          <Switch
            checked={lateCounts}
            onChange={(_, d) => setLateCounts(d.checked)}
            label={lateCounts ? 'Counts' : 'Kept and marked, counts 0'}
          />
        </Field>
        <Field label="Files instead of the add-in" hint="From the candidate's page; marked, with no process evidence">
          <Switch
            checked={allowFileUpload}
            onChange={(_, d) => setAllowFileUpload(d.checked)}
            label={allowFileUpload ? 'Allowed' : 'Not allowed'}
          />
        </Field>
        <Field label="Data" hint="Own data: answers cannot be passed between candidates">
          <Switch
            checked={personalData}
            onChange={(_, d) => setPersonalData(d.checked)}
            label={personalData ? "Each candidate's own" : 'The same for everyone'}
          />
        </Field>
      </div>
      <h3>Task library</h3>
      <div className={l.row}>
        <Field label="Skill">
          <Dropdown
            value={skill ? skillName(skill) : 'Any skill'}
            selectedOptions={[skill]}
            onOptionSelect={(_, d) => setSkill(d.optionValue ?? '')}
          >
            <Option value="">Any skill</Option>
            {Object.entries(SKILL_NAMES).map(([value, label]) => (
              <Option key={value} value={value}>
                {label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Difficulty">
          <Dropdown
            value={difficulty ? `Level ${difficulty}` : 'Any level'}
            selectedOptions={[difficulty]}
            onOptionSelect={(_, d) => setDifficulty(d.optionValue ?? '')}
          >
            <Option value="">Any level</Option>
            <Option value="1">Level 1</Option>
            <Option value="2">Level 2</Option>
            <Option value="3">Level 3</Option>
          </Dropdown>
        </Field>
        <Text className={l.muted}>
          {chosen.length} task{chosen.length === 1 ? '' : 's'} chosen, in the order you tick them
        </Text>
      </div>
      <PageState loaded={tasks} retry={reloadTasks} isEmpty={(v) => v.length === 0} empty="No task matches these filters.">
        {(rows) => (
          <Table aria-label="Task library" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={l.narrowColumn}>Use</TableHeaderCell>
                <TableHeaderCell>Task</TableHeaderCell>
                <TableHeaderCell>Skill</TableHeaderCell>
                <TableHeaderCell>Level</TableHeaderCell>
                <TableHeaderCell>Time</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>
                    <Checkbox aria-label={`Use ${t.title}`} checked={chosen.includes(t.id)} onChange={() => toggle(t.id)} />
                  </TableCell>
                  <TableCell>
                    {t.title}{' '}
                    {t.own && (
                      <Badge appearance="tint" color="brand">
                        yours · v{t.version}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>{skillName(t.skill)}</TableCell>
                  <TableCell>{t.difficulty}</TableCell>
                  <TableCell>{duration(t.timeLimitSeconds)}</TableCell>
                  <TableCell>
                    <Link onClick={() => void api.task(t.id).then(setPreview, (e: Error) => fail(e.message))}>Preview</Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PageState>
      <ErrorBar message={error} />
      <div className={l.actions}>
        <Button appearance="primary" disabled={!name.trim() || chosen.length === 0} onClick={() => void save()}>
          {editing ? 'Save changes' : 'Create assessment'}
        </Button>
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
      <Dialog
        open={preview !== null}
        onOpenChange={(_, d) => {
          if (!d.open) setPreview(null);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{preview?.title}</DialogTitle>
            <DialogContent>
              <Text as="p" block className={l.muted}>
                {preview &&
                  `${skillName(preview.skill)} · level ${preview.difficulty} · ${duration(preview.timeLimitSeconds)} — as the candidate sees it in Excel`}
              </Text>
              <Text as="p" block className={l.preWrap}>
                {preview?.instructions}
              </Text>
              {preview?.starter.sheets.map((sheet) => (
                <CellGrid
                  key={sheet.name}
                  caption={`Sheet “${sheet.name}”, first rows of ${sheet.rows.length}:`}
                  label={`Starter data of ${sheet.name}`}
                  rows={sheet.rows.slice(0, 6).map((row) => row.slice(0, 8))}
                />
              ))}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setPreview(null)}>Close</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Section>
  );
}
