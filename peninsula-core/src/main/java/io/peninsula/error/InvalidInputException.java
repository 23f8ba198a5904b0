package io.peninsula.error;

import java.util.Objects;

/**
 * An engine was given input it cannot use: a parameter, scenario value or option outside what the
 * method allows. Carries the offending field and value (as Hipparchus's
 * {@code MathIllegalArgumentException} carries its arguments) so a front end can name them; the
 * command line turns it into exit code 2. It extends {@link IllegalArgumentException} so callers
 * that validate arguments keep working.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String value;

  /**
   * @param field what was wrong (a parameter name, scenario path or option), e.g. {@code rounds}
   * @param value the value given, as the user wrote it
   * @param message the whole message: what is wrong, the value, what is allowed
   */
  public InvalidInputException(String field, Object value, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
  }

  /** An input error whose message names the value; no single field is recorded. */
  public InvalidInputException(String message) {
    this("", "", message);
  }

  /** An input error found while doing something else ({@code cause}), e.g. in one Monte Carlo sample. */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
    this.field = "";
    this.value = "";
  }

  /** A message-only input error where no single field is to blame. */
  public static InvalidInputException of(String message) {
    return new InvalidInputException("", "", message);
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }
}
