package io.peninsula.engine.dynamics;

/** A point estimate with a percentile interval {@code [low, high]} from a bootstrap. */
public record Interval(double estimate, double low, double high) {
  public Interval {
    if (!(low <= high)) throw new IllegalArgumentException("interval low " + low + " above high " + high);
  }
}
