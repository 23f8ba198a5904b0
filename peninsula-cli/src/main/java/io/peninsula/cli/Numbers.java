package io.peninsula.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the CLI's outputs (locale-independent). */
final class Numbers {
  private Numbers() {}

  /** Up to {@code decimals} decimals, trailing zeros removed ("42", "42.5", "0.1234"). */
  static String plain(double v, int decimals) {
    if (!Double.isFinite(v)) return String.valueOf(v);
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) return "0";
    return d.toPlainString();
  }

  /** Exactly {@code decimals} decimals. */
  static String fixed(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
