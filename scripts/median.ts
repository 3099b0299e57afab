/** The median of a few timings (the upper one of an even count), shared by the bench and the Lighthouse check. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
