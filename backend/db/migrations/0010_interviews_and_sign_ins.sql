-- One word per thing (backend/README.md, "Words"): an interview is an interview, a colleague's browser
-- session is a sign-in. Renaming keeps every row, index and constraint.
ALTER TABLE interview_sessions RENAME TO interviews;
ALTER TABLE user_sessions RENAME TO sign_ins;

-- down
ALTER TABLE sign_ins RENAME TO user_sessions;
ALTER TABLE interviews RENAME TO interview_sessions;
