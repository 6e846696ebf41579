-- A follow-up may take a second turn when the first answer is vague: one row per turn, both about the same
-- hand-in. What counts in the task's score is the newest graded turn (the second is graded on both answers).
ALTER TABLE follow_ups ADD COLUMN turn smallint NOT NULL DEFAULT 1 CHECK (turn IN (1, 2));
ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_submission_id_key;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_submission_turn_key UNIQUE (submission_id, turn);

-- down
DELETE FROM follow_ups WHERE turn = 2;
ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_submission_turn_key;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_submission_id_key UNIQUE (submission_id);
ALTER TABLE follow_ups DROP COLUMN turn;
