package io.peninsula.app;

/**
 * A request the application cannot run as given: an unknown model, issue, option or format, a
 * parameter outside its range, a model that does not fit the scenario. The message says what was
 * given and what is allowed. Front ends report it as bad input (the command line exits 2; a REST
 * API answers 400).
 */
public class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }

  public BadRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
