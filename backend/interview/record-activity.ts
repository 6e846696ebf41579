import type { Sql } from '../db/client';
import type { ActivityEvent } from '../../shared/api/activity';
import type { SessionRecord } from './session-record';

/** Stores a batch of the candidate's workbook activity as session events, in one statement. */
export async function recordActivity(sql: Sql, session: SessionRecord, events: ActivityEvent[]): Promise<number> {
  const rows = events.map((e) => ({ org_id: session.orgId, session_id: session.id, type: `activity.${e.kind}`, payload: sql.json(e as never), at: new Date(e.at) }));
  await sql`INSERT INTO events ${sql(rows)}`;
  return rows.length;
}
