package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
/**
 * Ordinary least squares with an intercept, {@code y = b0 + b1 z1 + ... + bp zp + e}, solved from
 * the normal equations by Gaussian elimination with partial pivoting. The regressions here have at
 * most three coefficients, so the normal equations are well within double precision for the
 * log-scale data they see; a singular design (e.g. a constant regressor) is refused.
 */
final class LeastSquares {
  private LeastSquares() {}

  /**
   * Coefficients {@code [b0, b1, ..., bp]} for observations {@code y[i]} and regressor rows
   * {@code z[i]} (each of length p).
   */
  static double[] fit(double[] y, double[][] z) {
    int n = y.length;
    int p = n == 0 ? 0 : z[0].length;
    int k = p + 1;
    if (n < k) throw new InvalidInputException("least squares needs at least " + k + " observations, got " + n);
    double[][] a = new double[k][k + 1];
    double[] row = new double[k];
    for (int i = 0; i < n; i++) {
      row[0] = 1;
      System.arraycopy(z[i], 0, row, 1, p);
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) a[r][c] += row[r] * row[c];
        a[r][k] += row[r] * y[i];
      }
    }
    return solve(a);
  }

  /** Solves the augmented system {@code a} (k rows, k+1 columns) in place. */
  static double[] solve(double[][] a) {
    int k = a.length;
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      double scale = 0;
      for (int c = 0; c < k; c++) scale = Math.max(scale, Math.abs(a[col][c]));
      if (Math.abs(a[pivot][col]) <= 1e-12 * Math.max(scale, 1e-300))
        throw new InvalidInputException("least squares: regressors are collinear (a series is constant or one is a multiple of the other)");
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      for (int r = col + 1; r < k; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c <= k; c++) a[r][c] -= f * a[col][c];
      }
    }
    double[] b = new double[k];
    for (int r = k - 1; r >= 0; r--) {
      double s = a[r][k];
      for (int c = r + 1; c < k; c++) s -= a[r][c] * b[c];
      b[r] = s / a[r][r];
    }
    return b;
  }
}
