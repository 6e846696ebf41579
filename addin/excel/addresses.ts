/** A1 address of a 0-based (row, column), as Office's getRangeByIndexes counts them. */
export function a1Address(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** `Sheet1!A1:D9` or `'My sheet'!A1` → `A1:D9`: the snapshot keeps a sheet's own ranges without the sheet. */
export function localAddress(address: string): string {
  return address.replace(/^.*!/, '').replace(/\$/g, '');
}
