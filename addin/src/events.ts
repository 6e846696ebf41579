/** Raised on window while Excel refuses requests because the candidate is editing a cell. */
export const EXCEL_BUSY_EVENT = 'excel-interviewer:excel-busy';
