package io.peninsula.error;

/**
 * A model produced NaN or an infinity where a number was expected: a defect in the model or a
 * degenerate input the model's validation missed. Results are checked before they can be printed
 * or stored (see docs/reliability.md), so a non-finite number never reaches the user as a figure.
 */
public class NonFiniteResultException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  public NonFiniteResultException(String message) {
    super(message);
  }

  /** Returns {@code v} if finite, else throws naming {@code what}. */
  public static double require(double v, String what) {
    if (Double.isFinite(v)) return v;
    throw new NonFiniteResultException(what + " is " + v + " (not a finite number); the result was not printed or stored");
  }
}
