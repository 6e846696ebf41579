import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { DashboardApi } from '../api';
import { ErrorBar } from './PageState';
import { useAction } from './use-action';

export interface EraseCandidateProps {
  api: DashboardApi;
  interviewId: string;
  candidateName: string;
  onErased: () => void;
}

/** An admin deletes a candidate's data on their request, after saying yes to what that means. */
export function EraseCandidate({ api, interviewId, candidateName, onErased }: EraseCandidateProps) {
  const { run, error, busy } = useAction();
  const erase = () =>
    run(async () => {
      await api.eraseInterview(interviewId);
      onErased();
    });
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button>Delete candidate data</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete {candidateName}’s data?</DialogTitle>
          <DialogContent>
            Their invite, interview, hand-ins, scores, answers and e-mails are deleted for good. The audit log keeps that you did it, and
            when, but not who they were. Use this when a candidate asks for their data to be deleted.
            <ErrorBar message={error} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Keep it</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={() => void erase()}>
              Delete for good
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
