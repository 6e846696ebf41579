import { addinReadBench } from './addin-read';
import { apiLoadBench } from './api-load';
import { authoringBench } from './authoring';
import { calibrationBench } from './calibration';
import { dashboardScaleBench } from './dashboard-scale';
import { gradingCorpusBench } from './grading-corpus';
import { bundleSizeBench } from './bundle-size';
import { personalDataBench } from './personal-data';
import { reviewTokensBench } from './review-tokens';
import { scoringBench } from './scoring';
import { sliceLatency } from './slice-latency';

/**
 * `npm run bench`: every figure as one JSON line, `{"bench","value","unit"}`. Figures on PostgreSQL are
 * added when DATABASE_URL names a server: the slice on a throwaway database made and dropped, the dashboard
 * on `ei_scale_bench`, seeded once (100,000 interviews, 1,000,000 hand-ins) and kept for the next run.
 */
scoringBench();
gradingCorpusBench();
reviewTokensBench();
calibrationBench();
personalDataBench();
await addinReadBench();
await authoringBench();
await bundleSizeBench();
await sliceLatency();
await dashboardScaleBench();
await apiLoadBench();
