import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';

export interface ConfirmHandInProps {
  /**
   * What looks wrong with the hand-in itself (never whether the answer is right); empty when nothing does;
   * null while no hand-in waits. The dialog stays mounted and closes by `open`, so Fluent restores the page it hid.
   */
  warnings: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** "Hand in this task?": a hand-in cannot be taken back, so it is asked once, with what looks amiss. */
export function ConfirmHandIn({ warnings, onConfirm, onCancel }: ConfirmHandInProps) {
  const styles = useStyles();
  return (
    <Dialog open={warnings !== null} modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="confirm-hand-in-text">
        <DialogBody>
          <DialogTitle>Hand in this task?</DialogTitle>
          <DialogContent id="confirm-hand-in-text">
            {warnings?.length ? (
              <ul className={styles.list}>
                {warnings.map((w) => (
                  <li key={w}>
                    <Text>{w}</Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text>Your workbook is read as it is now. You cannot change this task after handing it in.</Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance={warnings?.length ? 'primary' : 'secondary'} onClick={onCancel}>
              Keep working
            </Button>
            <Button appearance={warnings?.length ? 'secondary' : 'primary'} onClick={onConfirm}>
              Hand in
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
