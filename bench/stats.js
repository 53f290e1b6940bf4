/** Percentiles and rates from a list of durations in milliseconds. */
export function summarise(durationsMs, wallMs) {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    count: sorted.length,
    perSecond: Math.round((sorted.length / wallMs) * 1000 * 10) / 10,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

function round(ms) {
  return Math.round(ms * 100) / 100;
}
