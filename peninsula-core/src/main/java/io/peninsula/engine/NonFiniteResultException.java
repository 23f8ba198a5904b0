package io.peninsula.engine;

/**
 * Deprecated alias of {@link io.peninsula.error.NonFiniteResultException}, which moved below the
 * model and game packages so they can throw it too. Kept so code written against the old package
 * compiles; a catch of the new type catches this one.
 */
@Deprecated(forRemoval = true)
public class NonFiniteResultException extends io.peninsula.error.NonFiniteResultException {
  private static final long serialVersionUID = 1L;

  public NonFiniteResultException(String message) {
    super(message);
  }

  /** Returns {@code v} if finite, else throws naming {@code what}. */
  public static double require(double v, String what) {
    return io.peninsula.error.NonFiniteResultException.require(v, what);
  }
}
