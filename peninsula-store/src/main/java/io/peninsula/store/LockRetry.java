package io.peninsula.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded retry with exponential backoff for DuckDB's file lock. DuckDB admits one writing process
 * per file (and no reader while it writes); a second process gets "Could not set lock on file".
 * Writers and readers wait here instead of failing: 25 ms doubling up to 1 s with jitter, until
 * the budget is spent. The budget is {@code $PENINSULA_STORE_WAIT} or the system property
 * {@code peninsula.store.wait} (seconds, decimals allowed), 30 s by default.
 */
public final class LockRetry {
  /** The default wait for the lock when nothing is configured. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  private final Duration budget;

  public LockRetry(Duration budget) {
    if (budget.isNegative()) throw new IllegalArgumentException("lock wait must not be negative: " + budget);
    this.budget = budget;
  }

  /** The configured budget (see the class comment). */
  public static LockRetry configured() {
    String v = System.getProperty("peninsula.store.wait");
    if (v == null || v.isBlank()) v = System.getenv("PENINSULA_STORE_WAIT");
    if (v == null || v.isBlank()) return new LockRetry(DEFAULT_WAIT);
    try {
      double s = Double.parseDouble(v.trim());
      if (!(s >= 0) || Double.isInfinite(s)) throw new NumberFormatException();
      return new LockRetry(Duration.ofMillis(Math.round(s * 1000)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PENINSULA_STORE_WAIT / peninsula.store.wait must be a number of seconds >= 0, not \"" + v + "\"");
    }
  }

  public Duration budget() {
    return budget;
  }

  /** One attempt at a locked resource. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run() throws SQLException;
  }

  /** Thrown when the lock is still held after the whole budget. */
  public static final class StillLocked extends Exception {
    private static final long serialVersionUID = 1L;

    StillLocked(SQLException last) {
      super(last.getMessage(), last);
    }
  }

  /** Runs {@code attempt}, retrying while it fails on the lock, until the budget is spent. */
  public <T> T run(Attempt<T> attempt) throws SQLException, StillLocked {
    long deadline = System.nanoTime() + budget.toNanos();
    long pause = 25;
    while (true) {
      try {
        return attempt.run();
      } catch (SQLException e) {
        if (!isLock(e)) throw e;
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new StillLocked(e);
        long sleep = Math.min(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1), left / 1_000_000 + 1);
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StillLocked(e);
        }
        pause = Math.min(pause * 2, 1000);
      }
    }
  }

  /** True when DuckDB refused the file because another process holds its lock. */
  static boolean isLock(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"))) return true;
    }
    return false;
  }
}
