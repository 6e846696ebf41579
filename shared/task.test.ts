import { describe, expect, it } from 'vitest';
import { RedeemInviteResponseSchema } from './api/invites';
import { TaskPublicSchema, TaskSpecSchema } from './task';
import { BUILT_IN_TASKS } from '../backend/tasks/library';
import { publicPartOf } from '../backend/tasks/public-part';

const task = BUILT_IN_TASKS[0]!;

describe('the task contract', () => {
  it('accepts every task of the built-in library', () => {
    for (const t of BUILT_IN_TASKS) expect(TaskSpecSchema.safeParse(t).success).toBe(true);
  });

  it('keeps the private part out of what a candidate receives', () => {
    const visible = publicPartOf(task);
    expect(Object.keys(visible)).not.toContain('private');
    expect(JSON.stringify(visible)).not.toContain(task.private.solution.formulas[0]!.formula);
  });

  it('refuses a public task that carries a private field', () => {
    expect(TaskPublicSchema.safeParse({ ...publicPartOf(task), private: task.private }).success).toBe(false);
  });

  it('refuses a candidate response that smuggles the private part inside the task', () => {
    const response = {
      sessionToken: 'eis_x',
      session: {
        id: '6f708d9d-e705-47b8-969c-12b015508e5b',
        state: 'in_progress',
        candidateName: 'C',
        taskNumber: 1,
        taskCount: 2,
        startedAt: null,
        serverTime: '2026-11-25T10:00:00.000Z',
      },
      task: { ...publicPartOf(task), private: task.private },
    };
    expect(RedeemInviteResponseSchema.safeParse(response).success).toBe(false);
  });

  it('refuses a task whose id is not lower-case words joined by hyphens', () => {
    expect(TaskSpecSchema.safeParse({ ...task, id: 'Price Lookup' }).success).toBe(false);
  });
});
