import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SubmissionResult } from '../../../../shared/api/submissions';
import type { DashboardApi } from '../api';
import { useAction } from './use-action';

const useStyles = makeStyles({
  note: {
    marginTop: tokens.spacingVerticalL,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});

export interface RescoreNoteProps {
  api: DashboardApi;
  submission: SubmissionResult;
  onChanged: () => void;
}

/** Says a hand-in could not be scored in full, and why, with the action that scores it again. */
export function RescoreNote({ api, submission: s, onChanged }: RescoreNoteProps) {
  const styles = useStyles();
  const { run, error, busy } = useAction();
  const limitation = s.result.limitation;
  if (!limitation) return null;
  const rescore = () =>
    run(async () => {
      await api.rescore(s.submissionId);
      onChanged();
    });
  return (
    <div className={styles.note} role="note">
      <Badge color="warning">Not fully scored</Badge>
      <Text>{limitation.message}</Text>
      <Button size="small" onClick={() => void rescore()} disabled={busy}>
        {busy ? 'Re-scoring…' : 'Re-score'}
      </Button>
      {error && <Text role="alert">{error}</Text>}
    </div>
  );
}
