/** Requirement sets each optional part of the snapshot needs; missing ones are listed, never thrown. */
export const EXCEL_FEATURES = {
  pivotTables: '1.8',
  dataValidation: '1.8',
  specialCells: '1.9',
  chartSeriesSources: '1.15',
  pivotSource: '1.15',
} as const;

export type Feature = keyof typeof EXCEL_FEATURES;

/** Whether this host has a feature's requirement set (`isSetSupported`, asked once per read). */
export type Supported = (feature: Feature) => boolean;
