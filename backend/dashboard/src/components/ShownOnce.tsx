import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLayout } from './layout';

export interface ShownOnceProps {
  label: string;
  value: string;
}

/** Something shown once (a token, a set-password link), with a button to copy it. */
export function ShownOnce({ label, value }: ShownOnceProps) {
  const l = useLayout();
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {label} It is shown only now.{' '}
        <span className={l.mono} data-testid="shown-once">
          {value}
        </span>{' '}
        <Button size="small" onClick={() => void navigator.clipboard.writeText(value).catch(() => undefined)}>
          Copy
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
