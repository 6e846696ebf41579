import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../backend/app';
import { silentLogger } from '../backend/observability/logger';

/** Where the API's types live, generated from the server's own document and committed. */
export const API_TYPES_FILE = 'shared/api/paths.generated.ts';

const HEADER = `/**
 * The API's paths, parameters, bodies and answers as TypeScript types, generated from the OpenAPI document
 * the server builds from its own route definitions. Do not edit: run \`npm run generate:api\`. The task pane
 * and the dashboard call the API through openapi-fetch with these types, so a renamed field is a compile
 * error in both; tests/openapi.test.ts fails when this file is not what the server documents.
 */
`;

/** The OpenAPI document exactly as `/openapi.json` serves it (no database is needed to build it). */
export async function apiDocument(): Promise<Record<string, unknown>> {
  const app = createApp({
    version: 'api-types',
    logger: silentLogger,
    database: {
      open: () => {
        throw new Error('the API document needs no database');
      },
    },
    bodyLimitBytes: 1024,
    docsScriptUrl: '/assets/scalar/standalone.js',
    llm: null,
    background: () => {},
  });
  return (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
}

/** The generated file's text for a document. */
export async function apiTypes(document: Record<string, unknown>): Promise<string> {
  const document31 = { ...document, info: { ...(document.info as object), version: 'generated' } };
  return HEADER + astToString(await openapiTS(document31 as never, { alphabetize: true }));
}
