-- Each interview's own data: the seed its tasks' starter data is generated from (with each task's own
-- generators), so two candidates never get the same numbers and answers cannot be passed between them.
-- Interviews from before have none and keep the shared starter data, as do interviews of an assessment
-- that chose shared data (every candidate on the same numbers).
ALTER TABLE interviews ADD COLUMN data_seed integer;
ALTER TABLE assessments ADD COLUMN personal_data boolean NOT NULL DEFAULT true;

-- down
ALTER TABLE assessments DROP COLUMN personal_data;
ALTER TABLE interviews DROP COLUMN data_seed;
