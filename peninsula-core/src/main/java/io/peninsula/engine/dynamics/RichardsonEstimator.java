package io.peninsula.engine.dynamics;

/**
 * Fits the Richardson model equation by equation by ordinary least squares on annual changes,
 * {@code Δx[t] = g + k y[t-1] - a x[t-1] + e[t]}, as Ward (1984, "Differential paths to parity: a
 * study of the contemporary arms race", APSR 78(2): 297–317) and the discrete estimations reviewed
 * by Intriligator and Brito (1984) do. Regressors are lagged, so each equation is a plain OLS
 * regression; the two error terms may correlate, which the bootstrap in {@link ArmsBootstrap}
 * keeps by resampling whole years.
 *
 * <p>Works on whatever scale it is given; {@link ArmsFit} passes natural logs of spending (see its
 * Javadoc for why).
 */
public final class RichardsonEstimator implements ArmsModel {
  @Override
  public String name() {
    return "richardson";
  }

  @Override
  public RichardsonSystem fit(double[] x, double[] y) {
    return new RichardsonSystem(equation(x, y), equation(y, x));
  }

  /** The equation of {@code own} against {@code rival}: regress Δown on (rival, own) lagged. */
  static RichardsonCoefficients equation(double[] own, double[] rival) {
    if (own.length != rival.length) throw new IllegalArgumentException("series lengths differ: " + own.length + " and " + rival.length);
    int n = own.length - 1;
    double[] d = new double[n];
    double[][] z = new double[n][2];
    for (int t = 1; t < own.length; t++) {
      d[t - 1] = own[t] - own[t - 1];
      z[t - 1][0] = rival[t - 1];
      z[t - 1][1] = own[t - 1];
    }
    double[] b = LeastSquares.fit(d, z);
    return new RichardsonCoefficients(b[0], b[1], -b[2]);
  }

  /** Residuals {@code e[t]} of both equations, one row per year t = 1..n-1: {@code {ex, ey}}. */
  static double[][] residuals(RichardsonSystem s, double[] x, double[] y) {
    double[][] r = new double[x.length - 1][2];
    for (int t = 1; t < x.length; t++) {
      r[t - 1][0] = (x[t] - x[t - 1]) - s.first().change(x[t - 1], y[t - 1]);
      r[t - 1][1] = (y[t] - y[t - 1]) - s.second().change(y[t - 1], x[t - 1]);
    }
    return r;
  }

  @Override
  public int minimumYears() {
    return 5;
  }
}
