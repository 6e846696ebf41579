import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLayout } from './layout';
import type { Loaded } from './use-load';

export interface PageStateProps<T> {
  loaded: Loaded<T>;
  retry: () => void;
  isEmpty?: (value: T) => boolean;
  empty?: ReactNode;
  children: (value: T) => ReactNode;
}

/** Every page's loading, error and empty states, the same way everywhere. */
export function PageState<T>({ loaded, retry, isEmpty, empty, children }: PageStateProps<T>) {
  const l = useLayout();
  if (loaded.state === 'loading') return <Spinner label="Loading…" labelPosition="below" className={l.roomy} />;
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
      <Text as="p" block className={l.roomy}>
        {empty}
      </Text>
    );
  return <>{children(loaded.value)}</>;
}

export interface ErrorBarProps {
  message: string | null;
}

/** An action's failure, shown where the action was. */
export function ErrorBar({ message }: ErrorBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
