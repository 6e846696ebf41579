import { useEffect, useState } from 'react';
import type { ExcelHost } from '../../excel/host';
import { EXCEL_BUSY_EVENT } from '../events';
import type { Notice } from './use-notice';

/**
 * Excel once Office is ready (null before). Outside Office (the pane opened in a plain browser) there is
 * no Excel to work in, and the pane says so; while the candidate is editing a cell Excel refuses requests,
 * and the pane says how to carry on.
 */
export function useExcel(host: Promise<ExcelHost>, show: (notice: Notice) => void): ExcelHost | null {
  const [excel, setExcel] = useState<ExcelHost | null>(null);
  useEffect(() => {
    host.then(setExcel, () =>
      show({ intent: 'error', text: 'This pane works inside Excel. Open it from Excel (desktop or on the web) to take the interview.' }),
    );
  }, [host, show]);
  useEffect(() => {
    const busyCell = () =>
      show({ intent: 'info', text: 'Finish editing the cell in Excel (press Enter); the pane will carry on by itself.' });
    window.addEventListener(EXCEL_BUSY_EVENT, busyCell);
    return () => window.removeEventListener(EXCEL_BUSY_EVENT, busyCell);
  }, [show]);
  return excel;
}
