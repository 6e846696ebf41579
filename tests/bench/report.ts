/** One benchmark figure, printed as the one JSON line `npm run bench` promises. */
export function report(bench: string, value: number, unit: string): void {
  process.stdout.write(JSON.stringify({ bench, value: Math.round(value * 100) / 100, unit }) + '\n');
}

/** The q-th quantile (0–1) of a list of timings, by nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
