package io.peninsula.engine;

/**
 * Deprecated alias of {@link io.peninsula.error.IterationLimitException}, which moved below the
 * model and game packages so they can throw it too. Kept so code written against the old package
 * compiles; a catch of the new type catches this one.
 */
@Deprecated(forRemoval = true)
public class IterationLimitException extends io.peninsula.error.IterationLimitException {
  private static final long serialVersionUID = 1L;

  public IterationLimitException(String method, long iterations, double lastChange, String option) {
    super(method, iterations, lastChange, option);
  }
}
