package io.peninsula.cli;

/** A command was used wrongly in a way picocli cannot detect (e.g. an unknown model name). Exit 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
