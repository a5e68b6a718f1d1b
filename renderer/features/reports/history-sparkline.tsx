/**
 * A saved search's counts over time as a tiny line, so a jump after new sources arrived shows at
 * a glance. Decorative: the counts themselves are listed next to it as text.
 */
const WIDTH = 72;
const HEIGHT = 18;
const PAD = 2;

/** Polyline points for `totals`, oldest left; a flat line when every count is the same. */
export function sparklinePoints(totals: readonly number[], width = WIDTH, height = HEIGHT): string {
  if (totals.length === 0) {
    return '';
  }
  const max = Math.max(...totals);
  const min = Math.min(...totals);
  const range = max - min;
  const step = totals.length > 1 ? (width - 2 * PAD) / (totals.length - 1) : 0;
  return totals
    .map((total, index) => {
      const x = totals.length > 1 ? PAD + index * step : width / 2;
      const y = range === 0 ? height / 2 : height - PAD - ((total - min) / range) * (height - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function HistorySparkline({ totals }: { totals: readonly number[] }) {
  if (totals.length < 2) {
    return null;
  }
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <polyline points={sparklinePoints(totals)} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
