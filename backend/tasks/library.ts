import { TaskSpecSchema, type TaskSpec } from '../../shared/task';
import priceLookup from './price-lookup-vlookup.json';
import regionalSales from './regional-sales-sumifs.json';

/**
 * The built-in task library. Tasks are data (one JSON file each); they are imported rather than read
 * from disk so the library is bundled into the Worker as well, and validated once at load.
 */
export const BUILT_IN_TASKS: readonly TaskSpec[] = [priceLookup, regionalSales].map((raw) => TaskSpecSchema.parse(raw));
