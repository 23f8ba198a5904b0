package io.peninsula.engine.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The most common value of one output over a set of model evaluations, and how often it occurs
 * ({@code count} of {@code of}): a measure of how concentrated the output is. A forecast that
 * stays at an issue's status quo unless the inputs fall in a small region (a veto constraint that
 * binds almost everywhere) has one value in most evaluations; its sensitivity indices then rest on
 * the few evaluations where it moved, whatever N is. Values are compared exactly (the constrained
 * outcome is the status quo itself, not a value near it). Ties go to the smaller value.
 */
public record OutputMode(double value, long count, long of) {
  public OutputMode {
    if (of < 1 || count < 1 || count > of) throw new IllegalArgumentException("mode count " + count + " of " + of + " evaluations");
  }

  /** Share of the evaluations at the most common value, in (0, 1]. */
  public double share() {
    return (double) count / of;
  }

  /** The mode of {@code values} (not empty); the array is not changed. */
  public static OutputMode of(double[] values) {
    if (values.length == 0) throw new IllegalArgumentException("no values");
    double[] v = values.clone();
    Arrays.sort(v);
    double best = v[0];
    long bestCount = 0;
    for (int a = 0; a < v.length; ) {
      int b = a;
      while (b < v.length && Double.compare(v[b], v[a]) == 0) b++;
      if (b - a > bestCount) {
        bestCount = b - a;
        best = v[a];
      }
      a = b;
    }
    return new OutputMode(best, bestCount, v.length);
  }

  /**
   * The mode over several sets of evaluations (shifted replicates of one design): the counts add up
   * when every set has the same most common value; otherwise (no common mode) the set whose mode is
   * least concentrated, so pooling never overstates the concentration.
   */
  public static OutputMode pool(List<OutputMode> parts) {
    if (parts.isEmpty()) throw new IllegalArgumentException("nothing to pool");
    OutputMode first = parts.get(0);
    boolean same = parts.stream().allMatch(p -> Double.compare(p.value(), first.value()) == 0);
    if (same) return new OutputMode(first.value(), parts.stream().mapToLong(OutputMode::count).sum(), parts.stream().mapToLong(OutputMode::of).sum());
    OutputMode least = first;
    for (OutputMode p : parts) if (p.share() < least.share()) least = p;
    return least;
  }
}
