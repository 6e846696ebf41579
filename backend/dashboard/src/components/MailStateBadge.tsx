import { Badge } from '@fluentui/react-components';
import type { MailMessage } from '../../../../shared/api/mail';

export interface MailStateBadgeProps {
  state: MailMessage['state'];
}

/** The state of a message as a badge: sent and kept are done, retrying is waiting, bounced needs a person. */
export function MailStateBadge({ state }: MailStateBadgeProps) {
  const color = state === 'sent' ? 'success' : state === 'bounced' ? 'danger' : state === 'kept' ? 'informative' : 'warning';
  return (
    <Badge appearance="tint" color={color}>
      {state === 'kept' ? 'in outbox' : state}
    </Badge>
  );
}
