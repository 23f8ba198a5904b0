package io.peninsula.store;

/** The run store cannot be opened, read or written; the message names the file and a fix. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
