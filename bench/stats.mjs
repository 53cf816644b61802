/** Order statistics for a handful of runs: nearest-rank percentiles, no interpolation. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values) {
  if (values.length === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  return { n: values.length, median: percentile(values, 50), p95: percentile(values, 95), min: Math.min(...values), max: Math.max(...values) };
}
