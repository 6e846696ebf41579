import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Loaded } from './use-load';

/** Every page's loading, error and empty states, the same way everywhere. */
export function PageState<T>({
  loaded,
  retry,
  isEmpty,
  empty,
  children,
}: {
  loaded: Loaded<T>;
  retry: () => void;
  isEmpty?: (value: T) => boolean;
  empty?: ReactNode;
  children: (value: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Spinner label="Loading…" labelPosition="below" style={{ padding: 32 }} />;
  if (loaded.state === 'failed') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Could not load this page.</MessageBarTitle>
          {loaded.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (isEmpty?.(loaded.value))
    return (
      <Text as="p" block style={{ padding: '24px 0' }}>
        {empty}
      </Text>
    );
  return <>{children(loaded.value)}</>;
}

/** An action's failure, shown where the action was. */
export function ErrorBar({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
