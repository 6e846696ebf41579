import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit, auditMany } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import type { Note, SetStageResponse } from '../../shared/api/pipeline';
import { queueWebhook } from '../webhooks/deliveries';

export type SetStageOutcome = { ok: true; result: SetStageResponse } | { ok: false; reason: 'unknown_stage' | 'not_found' };

/** The hiring pipeline of one organisation: where each interview stands, and the team's notes on it. */
export function pipelineFor(sql: Sql, who: Recruiter) {
  const { orgId, userId } = who;
  return {
    /** The organisation's stages, in order. */
    async stages(): Promise<string[]> {
      const [row] = await sql<{ stages: string[] }[]>`SELECT array_to_json(stages) AS stages FROM organisations WHERE id = ${orgId}`;
      return row?.stages ?? [];
    },

    /**
     * Moves interviews to a stage of the organisation's pipeline, all or none: each move is in the audit log
     * and sent to the webhook (`interview.stage_changed`, with `from` and `to`), in the same transaction.
     */
    async setStage(sessionIds: string[], stage: string, now: Date): Promise<SetStageOutcome> {
      const ids = [...new Set(sessionIds)];
      return inTransaction(sql, async (tx) => {
        const [org] = await tx<{ known: boolean }[]>`
          SELECT ${stage} = ANY (stages) AS known FROM organisations WHERE id = ${orgId}`;
        if (!org?.known) return { ok: false, reason: 'unknown_stage' } as const;
        const found = await tx<{ id: string; stage: string }[]>`
          SELECT id, stage FROM interviews WHERE org_id = ${orgId} AND id IN ${tx(ids)} FOR UPDATE`;
        if (found.length !== ids.length) return { ok: false, reason: 'not_found' } as const;
        const moving = found.filter((f) => f.stage !== stage);
        if (moving.length) {
          await tx`UPDATE interviews SET stage = ${stage} WHERE org_id = ${orgId} AND id IN ${tx(moving.map((m) => m.id))}`;
          await auditMany(
            tx,
            who,
            'interview.stage',
            moving.map((m) => ({ targetId: m.id, details: { from: m.stage, to: stage } })),
          );
          await queueWebhook(
            tx,
            orgId,
            'interview.stage_changed',
            moving.map((m) => ({ sessionId: m.id, details: { from: m.stage, to: stage } })),
            now,
          );
        }
        return { ok: true, result: { changed: moving.length, unchanged: found.length - moving.length } } as const;
      });
    },

    /** The notes on an interview, oldest first; null when the interview is not this organisation's. */
    async notes(sessionId: string): Promise<Note[] | null> {
      const [exists] = await sql`SELECT 1 FROM interviews WHERE id = ${sessionId} AND org_id = ${orgId}`;
      if (!exists) return null;
      const rows = await sql<{ id: string; body: string; user_name: string | null; created_at: Date }[]>`
        SELECT n.id, n.body, u.name AS user_name, n.created_at FROM interview_notes n LEFT JOIN users u ON u.id = n.user_id
        WHERE n.session_id = ${sessionId} ORDER BY n.id`;
      return rows.map((r) => ({ id: Number(r.id), body: r.body, userName: r.user_name, createdAt: r.created_at.toISOString() }));
    },

    /** Adds a note, with its audit line; null when the interview is not this organisation's. */
    async addNote(sessionId: string, body: string): Promise<Note | null> {
      return inTransaction(sql, async (tx) => {
        const [row] = await tx<{ id: string; created_at: Date; user_name: string | null }[]>`
          INSERT INTO interview_notes (org_id, session_id, user_id, body)
          SELECT ${orgId}, id, ${userId}, ${body} FROM interviews WHERE id = ${sessionId} AND org_id = ${orgId}
          RETURNING id, created_at, (SELECT name FROM users WHERE id = ${userId}) AS user_name`;
        if (!row) return null;
        await audit(tx, { orgId, userId, action: 'interview.note', targetId: sessionId, details: { noteId: Number(row.id) } });
        return { id: Number(row.id), body, userName: row.user_name, createdAt: row.created_at.toISOString() };
      });
    },
  };
}
