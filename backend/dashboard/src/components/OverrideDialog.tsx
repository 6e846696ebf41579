import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SubmissionResult } from '../../../../shared/api/submissions';
import type { DashboardApi } from '../api';
import { percent } from '../format';
import { ErrorBar } from './PageState';
import { useLayout } from './layout';
import { useAction } from './use-action';

export interface OverrideDialogProps {
  api: DashboardApi;
  submission: SubmissionResult;
  onSaved: () => void;
}

/** A recruiter's own score for a task, with the reason the audit log keeps. */
export function OverrideDialog({ api, submission, onSaved }: OverrideDialogProps) {
  const l = useLayout();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState(String(Math.round(submission.finalScore * 100)));
  const [reason, setReason] = useState('');
  const { run, error, fail } = useAction();
  const save = () => {
    const value = Number(score);
    if (!Number.isFinite(value) || value < 0 || value > 100) return fail('The score is a percentage from 0 to 100.');
    return run(async () => {
      await api.override(submission.submissionId, { score: value / 100, reason });
      setOpen(false);
      onSaved();
    });
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>Override score</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Override the score for “{submission.taskTitle}”</DialogTitle>
          <DialogContent className={l.stack}>
            <span>Now {percent(submission.finalScore)}. Your score and reason are kept in the audit log, with your name.</span>
            <Field label="New score (%)" required>
              <Input type="number" min={0} max={100} value={score} onChange={(_, d) => setScore(d.value)} />
            </Field>
            <Field label="Reason" required hint="What the grader missed, or got wrong.">
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
            <ErrorBar message={error} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={() => void save()}>
              Save override
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
