/** The newest migration this build expects; `/api/ready` answers 503 until the database has it. */
export const EXPECTED_SCHEMA_VERSION = 21;
