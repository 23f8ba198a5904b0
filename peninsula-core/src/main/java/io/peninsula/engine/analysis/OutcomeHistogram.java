package io.peninsula.engine.analysis;

/**
 * Counts of values in {@code bins} equal bins over [min, max] (values outside fall in the end
 * bins). Memory is fixed; merging is integer addition, hence exact and order-free. A quantile is
 * the midpoint of the bin holding the order statistic x_(k), k = ⌈p·n⌉, clamped to the exact
 * observed [lo, hi]; it is within half a bin width, (max − min)/(2·bins), of x_(k).
 */
final class OutcomeHistogram implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final double min;
  private final double width;
  private final long[] counts;

  OutcomeHistogram(double min, double max, int bins) {
    this.min = min;
    this.width = (max - min) / bins;
    this.counts = new long[bins];
  }

  void add(double x) {
    int b = (int) Math.floor((x - min) / width);
    counts[b < 0 ? 0 : b >= counts.length ? counts.length - 1 : b]++;
  }

  void addAll(OutcomeHistogram o) {
    for (int b = 0; b < counts.length; b++) counts[b] += o.counts[b];
  }

  /** x_(⌈p·n⌉) to within half a bin, or NaN when empty; {@code lo}/{@code hi} are the exact extremes. */
  double quantile(double p, long n, double lo, double hi) {
    if (n == 0) return Double.NaN;
    long k = Math.max(1, (long) Math.ceil(p * n - 1e-9));
    long seen = 0;
    for (int b = 0; b < counts.length; b++) {
      seen += counts[b];
      if (seen >= k) {
        double mid = min + (b + 0.5) * width;
        return Math.max(lo, Math.min(hi, mid));
      }
    }
    return hi;
  }
}
