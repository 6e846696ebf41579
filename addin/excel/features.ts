/** Requirement sets each optional part of the snapshot needs; missing ones are listed, never thrown. */
export const SNAPSHOT_FEATURES = {
  /** The task pane's stamps (which interview set the workbook up), in custom document properties. */
  customProperties: '1.7',
  /** The same stamps on each task sheet (worksheet custom properties), which move with a copied sheet. */
  sheetStamps: '1.12',
  pivotTables: '1.8',
  dataValidation: '1.8',
  specialCells: '1.9',
  chartSeriesSources: '1.15',
  pivotSource: '1.15',
} as const;

/** Requirement sets of what the activity watch reads from Office's events where the host has them. */
export const EVENT_FEATURES = {
  /** Change events say whether this add-in made the change. */
  changeTriggerSource: '1.14',
} as const;

/** Every optional feature the add-in guards with `supported()`. */
export const EXCEL_FEATURES = { ...SNAPSHOT_FEATURES, ...EVENT_FEATURES } as const;

export type Feature = keyof typeof EXCEL_FEATURES;
export type SnapshotFeature = keyof typeof SNAPSHOT_FEATURES;

/** Whether this host has a feature's requirement set (`isSetSupported`, asked once per read). */
export type Supported = (feature: Feature) => boolean;

/** `Supported` over a host's `isSetSupported` (Office's, or the simulator's). */
export const supportedBy =
  (isSetSupported: (name: string, version: string) => boolean): Supported =>
  (feature) =>
    isSetSupported('ExcelApi', EXCEL_FEATURES[feature]);
