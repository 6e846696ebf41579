import { TaskSpecSchema, type TaskSpec } from '../../shared/task';
import averageDealAverageifs from './average-deal-averageifs.json';
import bonusEligibilityIf from './bonus-eligibility-if.json';
import chartMonthlyRevenue from './chart-monthly-revenue.json';
import cleanNamesTrimProper from './clean-names-trim-proper.json';
import commissionGridMixedReferences from './commission-grid-mixed-references.json';
import commissionTierIfs from './commission-tier-ifs.json';
import dedupeCustomerList from './dedupe-customer-list.json';
import dueDatesEomonth from './due-dates-eomonth.json';
import employeeDepartmentIndexMatch from './employee-department-index-match.json';
import formatAsTable from './format-as-table.json';
import fullNamesTextjoin from './full-names-textjoin.json';
import highlightLargeOrders from './highlight-large-orders.json';
import inventoryXlookupNotFound from './inventory-xlookup-not-found.json';
import invoiceLabelsText from './invoice-labels-text.json';
import ordersCountifsThreshold from './orders-countifs-threshold.json';
import pivotSalesByRegion from './pivot-sales-by-region.json';
import priceLookupVlookup from './price-lookup-vlookup.json';
import regionalSalesSumifs from './regional-sales-sumifs.json';
import salesByRepAndRegion from './sales-by-rep-and-region.json';
import splitProductCodes from './split-product-codes.json';
import statusDropdownValidation from './status-dropdown-validation.json';
import tenureDatedif from './tenure-datedif.json';
import workingDaysNetworkdays from './working-days-networkdays.json';

/**
 * The built-in task library. Tasks are data (one JSON file each, documented in docs/task-format.md);
 * they are imported rather than read from disk so the library is bundled into the Worker as well, and
 * validated once at load.
 */
export const BUILT_IN_TASKS: readonly TaskSpec[] = [
  averageDealAverageifs,
  bonusEligibilityIf,
  chartMonthlyRevenue,
  cleanNamesTrimProper,
  commissionGridMixedReferences,
  commissionTierIfs,
  dedupeCustomerList,
  dueDatesEomonth,
  employeeDepartmentIndexMatch,
  formatAsTable,
  fullNamesTextjoin,
  highlightLargeOrders,
  inventoryXlookupNotFound,
  invoiceLabelsText,
  ordersCountifsThreshold,
  pivotSalesByRegion,
  priceLookupVlookup,
  regionalSalesSumifs,
  salesByRepAndRegion,
  splitProductCodes,
  statusDropdownValidation,
  tenureDatedif,
  workingDaysNetworkdays,
].map((raw) => TaskSpecSchema.parse(raw));

/** A built-in task by id, or undefined. */
export function builtInTask(id: string): TaskSpec | undefined {
  return BUILT_IN_TASKS.find((t) => t.id === id);
}
