import { addinReadBench } from './addin-read';
import { addinSizeBench } from './addin-size';
import { reviewTokensBench } from './review-tokens';
import { scoringBench } from './scoring';
import { sliceLatency } from './slice-latency';

/**
 * `npm run bench`: every figure as one JSON line, `{"bench","value","unit"}`. Figures on PostgreSQL are
 * added when DATABASE_URL names a server (a throwaway database is made on it and dropped).
 */
scoringBench();
reviewTokensBench();
await addinReadBench();
await addinSizeBench();
await sliceLatency();
