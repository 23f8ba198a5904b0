package io.peninsula.engine;

/**
 * Deprecated alias of {@link io.peninsula.error.InvalidInputException}, which moved below the
 * model and game packages so they can throw it too. Kept so code written against the old package
 * compiles; a catch of the new type catches this one.
 */
@Deprecated(forRemoval = true)
public class InvalidInputException extends io.peninsula.error.InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, Object value, String message) {
    super(field, value, message);
  }

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
