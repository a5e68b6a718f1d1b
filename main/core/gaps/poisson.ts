/**
 * The Poisson distribution, for the silent-period statistic: if a custodian sends and receives
 * messages at a steady rate, how likely is a stretch this quiet by chance? Terms are built in log
 * space, so long stretches at high rates (a mean in the thousands, whose first term e^-mean is
 * below the smallest double) still add up correctly.
 */

/** The log of each term P(X = i), i = 0…k, for X ~ Poisson(mean), mean > 0. */
function logTerms(k: number, mean: number): number[] {
  const terms: number[] = [-mean];
  const logMean = Math.log(mean);
  for (let i = 1; i <= k; i += 1) {
    terms.push((terms[i - 1] ?? 0) + logMean - Math.log(i));
  }
  return terms;
}

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) {
    return 0;
  }
  if (mean <= 0) {
    return 1;
  }
  return Math.min(1, logTerms(Math.floor(k), mean).reduce((sum, term) => sum + Math.exp(term), 0));
}

/** The smallest k with P(X ≤ k) ≥ probability, for X ~ Poisson(mean). */
export function poissonQuantile(probability: number, mean: number): number {
  if (mean <= 0) {
    return 0;
  }
  // Beyond mean + 12·sqrt(mean) + 20 the remaining mass is negligible for any probability asked here.
  const limit = Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
  const terms = logTerms(limit, mean);
  let cumulative = 0;
  for (let k = 0; k <= limit; k += 1) {
    cumulative += Math.exp(terms[k] ?? -Infinity);
    if (cumulative >= probability) {
      return k;
    }
  }
  return limit;
}
