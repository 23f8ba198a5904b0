package io.peninsula.store;

/** Another process held the store's lock for longer than the wait budget ({@link LockRetry}). */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
