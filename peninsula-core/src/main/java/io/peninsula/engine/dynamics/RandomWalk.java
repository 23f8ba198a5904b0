package io.peninsula.engine.dynamics;

/**
 * The no-change forecast: next year's log spending equals this year's, for each state
 * independently ({@code x[t+1] = x[t]}). Nothing is fitted. The benchmark every arms model should
 * beat out of sample; a random walk without drift, so on nominal data it also loses the trend.
 */
public final class RandomWalk implements ArmsModel {
  @Override
  public String name() {
    return "random_walk";
  }

  @Override
  public ArmsStep fit(double[] x, double[] y) {
    return (a, b) -> new double[] {a, b};
  }

  @Override
  public int minimumYears() {
    return 1;
  }
}
