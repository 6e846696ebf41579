import pkg from '../package.json';

/** The product version, reported by /api/health and the OpenAPI document. */
export const VERSION: string = pkg.version;
