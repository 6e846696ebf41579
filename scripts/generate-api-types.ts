import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, apiDocument, apiTypes } from './api-types';

writeFileSync(API_TYPES_FILE, await apiTypes(await apiDocument()));
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
