// A small, dependency-free benchmark harness. Two or more cases are measured in alternating
// rounds, so that drift of the machine (the other core busy, thermal changes) hits them alike,
// and the figures that count are ratios between cases of the same run.

const now = () => Number(process.hrtime.bigint()) / 1e6; // milliseconds

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures each case `rounds` times (after `warmup` untimed calls), alternating cases, and
 * returns the median milliseconds per call of each.
 * @param {Record<string, () => unknown>} cases
 */
export function compare(cases, { rounds = 15, warmup = 3, callsPerRound = 1 } = {}) {
  const names = Object.keys(cases);
  let sink = 0;
  for (const name of names) for (let i = 0; i < warmup; i++) sink ^= cases[name]() ? 1 : 0;
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) {
      const start = now();
      for (let i = 0; i < callsPerRound; i++) sink ^= cases[name]() ? 1 : 0;
      samples[name].push((now() - start) / callsPerRound);
    }
  }
  if (sink === 2) console.log(''); // keeps the calls observable to the optimiser
  return Object.fromEntries(
    names.map((n) => [n, { medianMs: median(samples[n]), minMs: Math.min(...samples[n]), rounds }]),
  );
}

export function formatMs(ms) {
  return ms >= 100
    ? `${ms.toFixed(0)} ms`
    : ms >= 1
      ? `${ms.toFixed(2)} ms`
      : `${(ms * 1000).toFixed(1)} µs`;
}
