import { officeExcelHost } from '../excel/host';
import { boot } from './boot';

boot(officeExcelHost());
