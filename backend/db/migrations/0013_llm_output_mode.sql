-- Which way the model was asked for its answer's shape: strict structured output, or JSON mode with the
-- schema in the prompt for servers without it. Shown with the review so a recruiter knows.
ALTER TABLE reviews ADD COLUMN output_mode text CHECK (output_mode IN ('json_schema', 'json_object'));

-- down
ALTER TABLE reviews DROP COLUMN output_mode;
