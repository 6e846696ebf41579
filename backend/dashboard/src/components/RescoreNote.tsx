import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SubmissionResult } from '../../../../shared/api/submissions';
import type { DashboardApi } from '../api';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const limitation = s.result.limitation;
  if (!limitation) return null;
  const rescore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.rescore(s.submissionId);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
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
