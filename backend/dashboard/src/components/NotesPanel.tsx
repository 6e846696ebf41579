import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { DashboardApi } from '../api';
import { dateTime } from '../format';
import { useLayout } from './layout';
import { useAction } from './use-action';
import { useLoad } from './use-load';

export interface NotesPanelProps {
  api: DashboardApi;
  sessionId: string;
}

/** The team's notes on an interview, oldest first, and a field to add one. */
export function NotesPanel({ api, sessionId }: NotesPanelProps) {
  const l = useLayout();
  const [notes, reload] = useLoad(() => api.notes(sessionId), [sessionId]);
  const [draft, setDraft] = useState('');
  const adding = useAction();
  return (
    <div className={l.spaced}>
      <Text weight="semibold">Notes</Text>
      {notes.state === 'ready' && notes.value.length === 0 && (
        <Text as="p" block className={l.muted}>
          No notes yet.
        </Text>
      )}
      {notes.state === 'ready' && notes.value.length > 0 && (
        <ul>
          {notes.value.map((n) => (
            <li key={n.id}>
              <span className={l.preWrap}>{n.body}</span>{' '}
              <span className={l.muted}>
                ({n.userName ?? 'an integration'}, {dateTime(n.createdAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className={l.row}
        onSubmit={(e) => {
          e.preventDefault();
          void adding.run(async () => {
            await api.addNote(sessionId, draft);
            setDraft('');
            reload();
          });
        }}
      >
        <Field label="Add a note" validationMessage={adding.error} validationState={adding.error ? 'error' : 'none'}>
          <Textarea className={l.wideField} value={draft} onChange={(_, d) => setDraft(d.value)} maxLength={4000} />
        </Field>
        <Button type="submit" disabled={!draft.trim() || adding.busy}>
          Add note
        </Button>
      </form>
    </div>
  );
}
