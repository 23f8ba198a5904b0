package io.peninsula.game;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact rational number p/q with q > 0 and gcd(p, q) = 1, so equal values have equal
 * representations ({@link #equals} and {@link #hashCode} are value-based). Immutable.
 * Parses integers, decimals ("0.25", "-1.5e2") and fractions ("3/4") exactly.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /** num/den normalised; den must not be zero. */
  public static Rational of(BigInteger num, BigInteger den) {
    Objects.requireNonNull(num, "num");
    Objects.requireNonNull(den, "den");
    if (den.signum() == 0) throw new ArithmeticException("zero denominator");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) return ZERO;
    if (den.equals(BigInteger.ONE) && num.bitLength() <= SMALL_BITS) return SMALL[num.intValue() + (1 << SMALL_BITS)];
    return new Rational(num, den);
  }

  /** Shared instances of the integers -1024..1024 (a large game file repeats them millions of times). */
  private static final int SMALL_BITS = 10;
  private static final Rational[] SMALL = new Rational[(2 << SMALL_BITS) + 1];

  static {
    for (int k = 0; k < SMALL.length; k++) SMALL[k] = new Rational(BigInteger.valueOf(k - (1 << SMALL_BITS)), BigInteger.ONE);
  }

  public static Rational of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  public static Rational of(long n) {
    return n == 0 ? ZERO : n == 1 ? ONE : new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /** Parses "a", "a/b" or a decimal (with optional exponent) exactly. */
  public static Rational parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash >= 0)
      return of(new BigInteger(t.substring(0, slash).trim()), new BigInteger(t.substring(slash + 1).trim()));
    return of(new BigDecimal(t));
  }

  /** The exact value of a decimal. */
  public static Rational of(BigDecimal d) {
    if (d.scale() <= 0) return of(d.toBigIntegerExact(), BigInteger.ONE);
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** The exact value of a finite double (every double is a dyadic rational). */
  public static Rational ofDouble(double v) {
    if (!Double.isFinite(v)) throw new ArithmeticException("not finite: " + v);
    return of(new BigDecimal(v));
  }

  public BigInteger numerator() {
    return num;
  }

  public BigInteger denominator() {
    return den;
  }

  public Rational add(Rational o) {
    if (den.equals(o.den)) return of(num.add(o.num), den);
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (signum() == 0 || o.signum() == 0) return ZERO;
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  public Rational divide(Rational o) {
    if (o.signum() == 0) throw new ArithmeticException("division by zero");
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  public Rational negate() {
    return num.signum() == 0 ? this : new Rational(num.negate(), den);
  }

  public int signum() {
    return num.signum();
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  public double doubleValue() {
    if (isInteger()) return num.doubleValue();
    return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  public Rational max(Rational o) {
    return compareTo(o) >= 0 ? this : o;
  }

  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return 31 * num.hashCode() + den.hashCode();
  }

  /** "3", "-1/2": the form Gambit prints. */
  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
