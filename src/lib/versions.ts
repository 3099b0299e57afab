/** Edition versions ('1.0', '1.1', …), shared by the build and the page's scripts. */

/**
 * Compares versions by their numbers, so '1.10' comes after '1.2'.
 * @example compareVersions('1.2', '1.10') < 0 // true
 */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
}
