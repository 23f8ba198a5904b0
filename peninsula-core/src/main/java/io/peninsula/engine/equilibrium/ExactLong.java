package io.peninsula.engine.equilibrium;

/**
 * Exact 64-bit integer kernels for fraction-free pivoting, with overflow detection instead of wrap
 * around: products are formed in 128 bits ({@link Math#multiplyHigh}), so operands may use the full
 * 63 bits, and the exact division by the previous determinant is a multiplication by the inverse
 * of its odd part modulo 2^64 (Jebelean 1993, "An algorithm for exact division", J. Symbolic
 * Computation 15) followed by a check that the 64-bit quotient times the divisor gives back the
 * 128-bit dividend. A result that does not fit is reported as {@link #OVERFLOW}; the caller then
 * redoes the step in {@link java.math.BigInteger} (lrs does the same: 64-bit, then GMP).
 */
final class ExactLong {
  /** Marks an overflowed result. Never a valid entry: tableaux never hold Long.MIN_VALUE, so negation is safe. */
  static final long OVERFLOW = Long.MIN_VALUE;

  private ExactLong() {}

  /** The inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct bits each step). */
  static long inverseOfOdd(long odd) {
    if ((odd & 1) == 0) throw new IllegalArgumentException("even: " + odd);
    long x = odd; // correct to 3 bits: odd * odd == 1 (mod 8)
    for (int i = 0; i < 5; i++) x *= 2 - odd * x;
    return x;
  }

  /**
   * (a·p − b·q) / divisor, where the division is known to be exact and divisor = odd · 2^shift > 0,
   * inverse = {@link #inverseOfOdd}(odd); {@link #OVERFLOW} when the quotient is not in
   * (Long.MIN_VALUE, Long.MAX_VALUE].
   */
  static long mulSubDiv(long a, long p, long b, long q, long odd, int shift, long inverse) {
    long h1 = Math.multiplyHigh(a, p);
    long l1 = a * p;
    long h2 = Math.multiplyHigh(b, q);
    long l2 = b * q;
    long lo = l1 - l2;
    long hi = h1 - h2 - (Long.compareUnsigned(l1, l2) < 0 ? 1 : 0); // |a·p − b·q| < 2^127: no overflow
    if (shift != 0) {
      lo = (lo >>> shift) | (hi << (64 - shift));
      hi >>= shift;
    }
    long quotient = lo * inverse; // equals the true quotient modulo 2^64
    if (Math.multiplyHigh(quotient, odd) != hi || quotient == OVERFLOW) return OVERFLOW;
    return quotient;
  }

  /** Signum of a·b − c·e, exactly. */
  static int compareProducts(long a, long b, long c, long e) {
    long h1 = Math.multiplyHigh(a, b);
    long h2 = Math.multiplyHigh(c, e);
    if (h1 != h2) return h1 < h2 ? -1 : 1;
    return Long.compareUnsigned(a * b, c * e);
  }
}
