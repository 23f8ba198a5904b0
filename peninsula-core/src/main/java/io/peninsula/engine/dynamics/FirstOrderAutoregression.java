package io.peninsula.engine.dynamics;

/**
 * An AR(1) on each state's log spending separately, {@code x[t] = c + phi x[t-1] + e}, fitted by
 * ordinary least squares. It is the Richardson model with the reaction term set to zero (each
 * state ignores the other), so it isolates what the rival's spending adds.
 */
public final class FirstOrderAutoregression implements ArmsModel {
  @Override
  public String name() {
    return "ar1";
  }

  @Override
  public ArmsStep fit(double[] x, double[] y) {
    double[] bx = fitOne(x);
    double[] by = fitOne(y);
    return (a, b) -> new double[] {bx[0] + bx[1] * a, by[0] + by[1] * b};
  }

  /** {@code [c, phi]} of one series. */
  static double[] fitOne(double[] s) {
    int n = s.length - 1;
    double[] yy = new double[n];
    double[][] z = new double[n][1];
    for (int t = 1; t < s.length; t++) {
      yy[t - 1] = s[t];
      z[t - 1][0] = s[t - 1];
    }
    return LeastSquares.fit(yy, z);
  }

  @Override
  public int minimumYears() {
    return 3;
  }
}
