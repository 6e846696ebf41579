import { officeExcelHost } from '../excel/host';
import { boot } from './boot';
import { EXCEL_BUSY_EVENT } from './events';

boot(officeExcelHost((attempt) => window.dispatchEvent(new CustomEvent(EXCEL_BUSY_EVENT, { detail: attempt }))));
