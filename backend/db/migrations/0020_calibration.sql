-- Difficulty learned from results. A fit reads the scored hand-ins of every organisation (a task's difficulty
-- is the task's, and a library task is shared) and keeps only figures per task: no candidate's data. The
-- newest fit is the one in use; `level_mean` and `level_scale` express its logits in the authored levels.
CREATE TABLE calibration_fits (
  id          bigserial PRIMARY KEY,
  fitted_at   timestamptz NOT NULL DEFAULT now(),
  hand_ins    integer NOT NULL,
  interviews  integer NOT NULL,
  converged   boolean NOT NULL,
  min_hand_ins integer NOT NULL,
  level_mean  double precision NOT NULL,
  level_scale double precision NOT NULL
);

-- One row per task in the newest fit. `in_use` when the task had enough hand-ins for the adaptive order to
-- trust its learned level over the authored one.
CREATE TABLE task_calibrations (
  task_id         text PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
  fit_id          bigint NOT NULL REFERENCES calibration_fits(id) ON DELETE CASCADE,
  difficulty      double precision NOT NULL,
  standard_error  double precision NOT NULL,
  level           double precision NOT NULL,
  discrimination  double precision,
  hand_ins        integer NOT NULL,
  mean_score      double precision NOT NULL,
  in_use          boolean NOT NULL
);

-- A recruiter's or author's decision on a hand-in the review queue put in front of them: the grader's score
-- confirmed, or corrected (the correction is also an override). These are labelled cases for the grading
-- corpus; they go with the hand-in when its candidate is erased.
CREATE TABLE grading_labels (
  submission_id  uuid PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  org_id         uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  task_id        text NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  grader_score   numeric(5, 4) NOT NULL,
  label_score    numeric(5, 4) NOT NULL CHECK (label_score BETWEEN 0 AND 1),
  verdict        text NOT NULL CHECK (verdict IN ('confirmed', 'corrected')),
  reasons        jsonb NOT NULL,
  note           text,
  user_id        uuid REFERENCES users(id) ON DELETE SET NULL,
  decided_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX grading_labels_task_idx ON grading_labels (task_id, decided_at);
CREATE INDEX grading_labels_org_idx ON grading_labels (org_id, decided_at DESC);

-- down
DROP TABLE grading_labels;
DROP TABLE task_calibrations;
DROP TABLE calibration_fits;
