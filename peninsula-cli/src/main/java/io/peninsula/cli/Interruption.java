package io.peninsula.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Says what was completed when the JVM is stopped (Ctrl-C, SIGTERM) while a long command runs.
 * The command opens one around its work; if the JVM shuts down before it is closed, a shutdown
 * hook prints {@code COMMAND: interrupted; <what was done>} on stderr. Runs are stored only after
 * the result is complete, in one transaction ({@code RunWriter}), so an interrupted command leaves
 * the run store as it was.
 */
final class Interruption implements AutoCloseable {
  private final Thread hook;
  private volatile boolean finished;

  private Interruption(String command, PrintWriter err, Supplier<String> done) {
    hook = new Thread(() -> {
      if (finished) return;
      err.println(command + ": interrupted; " + done.get() + "; nothing was printed or stored (the run store is unchanged)");
      err.flush();
    }, command + "-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static Interruption watch(String command, PrintWriter err, Supplier<String> done) {
    return new Interruption(command, err, done);
  }

  @Override
  public void close() {
    finished = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting; the hook sees finished and stays silent
    }
  }
}
