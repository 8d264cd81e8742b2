// The statistics the benchmark scripts report.

/// The median of the finite numbers in `xs` (NaN if there are none): runs that measured nothing are left out.
export function median(xs) {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}
