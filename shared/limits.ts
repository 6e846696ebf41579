/** Size limits shared by the add-in and the backend, so both refuse the same inputs. */
export const LIMITS = {
  /** Excel's own limit on the text in one cell. */
  cellTextChars: 32_767,
  /** Excel's own limit on a formula's length. */
  formulaChars: 8_192,
  /** Excel's own limit on a sheet name. */
  sheetNameChars: 31,
  sheetsPerWorkbook: 64,
  cellsPerSheet: 200_000,
  objectsPerSheet: 200,
  seriesPerChart: 64,
  namesPerWorkbook: 1_000,
  shortText: 200,
  longText: 20_000,
  idChars: 100,
  tokenChars: 200,
  inviteCodeChars: 64,
} as const;
