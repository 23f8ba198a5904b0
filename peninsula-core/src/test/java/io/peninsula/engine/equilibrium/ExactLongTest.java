package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactLongTest {
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Test
  void inverseOfOdd_timesTheNumber_isOneModulo2To64() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      long odd = rnd.nextLong() | 1;
      assertThat(odd * ExactLong.inverseOfOdd(odd)).isEqualTo(1L);
    }
  }

  /**
   * Against BigInteger, with exact quotients from a few bits to ~125 bits (past 63 bits they must be
   * reported as overflow): a = k·D and q = D make (a·p − b·q) / D = k·p − b.
   */
  @Test
  void mulSubDiv_exactQuotients_matchBigIntegerOrReportOverflow() {
    SplittableRandom rnd = new SplittableRandom(2);
    int overflows = 0;
    int fits = 0;
    for (int i = 0; i < 300_000; i++) {
      int divisorBits = 1 + rnd.nextInt(62);
      long divisor = Math.max(1, rnd.nextLong() >>> (64 - divisorBits));
      if (rnd.nextInt(4) == 0) divisor = Long.highestOneBit(divisor); // powers of two: shift only
      long k = rnd.nextLong() >> (divisorBits + rnd.nextInt(64 - divisorBits));
      long a = k * divisor;
      long p = rnd.nextLong() >> rnd.nextInt(64);
      long b = rnd.nextLong() >> rnd.nextInt(64);
      BigInteger quotient = BigInteger.valueOf(k).multiply(BigInteger.valueOf(p)).subtract(BigInteger.valueOf(b));
      int shift = Long.numberOfTrailingZeros(divisor);
      long odd = divisor >> shift;
      long inverse = ExactLong.inverseOfOdd(odd);
      boolean swap = rnd.nextBoolean(); // the multiple of D in either product
      long got = swap ? ExactLong.mulSubDiv(-b, divisor, p, -a, odd, shift, inverse) : ExactLong.mulSubDiv(a, p, b, divisor, odd, shift, inverse);
      if (quotient.compareTo(MIN) > 0 && quotient.compareTo(MAX) <= 0) {
        assertThat(got).as("(%d*%d - %d*%d) / %d", a, p, b, divisor, divisor).isEqualTo(quotient.longValueExact());
        fits++;
      } else {
        assertThat(got).as("(%d*%d - %d*%d) / %d", a, p, b, divisor, divisor).isEqualTo(ExactLong.OVERFLOW);
        overflows++;
      }
    }
    assertThat(fits).isGreaterThan(50_000);
    assertThat(overflows).isGreaterThan(50_000);
  }

  @Test
  void compareProducts_fullRange_matchesBigInteger() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 100_000; i++) {
      long a = rnd.nextLong() >> rnd.nextInt(64);
      long b = rnd.nextLong() >> rnd.nextInt(64);
      long c = rnd.nextBoolean() ? a : rnd.nextLong() >> rnd.nextInt(64);
      long e = rnd.nextBoolean() ? b : rnd.nextLong() >> rnd.nextInt(64);
      int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(e)));
      assertThat(ExactLong.compareProducts(a, b, c, e)).as("%d*%d vs %d*%d", a, b, c, e).isEqualTo(expected);
    }
  }
}
