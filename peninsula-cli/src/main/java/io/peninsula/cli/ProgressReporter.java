package io.peninsula.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr: a me.tongfei progress bar when a console is attached, else one
 * plain line per 10 % ("montecarlo: 2000/10000 samples (20%)") so logs stay readable. Thread-safe.
 */
final class ProgressReporter implements LongConsumer, AutoCloseable {
  private final long total;
  private final ProgressBar bar;
  private final PrintWriter err;
  private final String task;
  private final String unit;
  private int lastDecile;

  ProgressReporter(String task, long total, PrintWriter err, boolean console) {
    this(task, total, err, console, " samples");
  }

  /** As above, counting {@code unit} (e.g. " runs") instead of samples. */
  ProgressReporter(String task, long total, PrintWriter err, boolean console, String unit) {
    this.unit = unit;
    this.task = task;
    this.total = total;
    this.err = err;
    this.bar = console
        ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUnit(unit, 1).build()
        : null;
  }

  @Override
  public void accept(long done) {
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    int decile = (int) (done * 10 / total);
    synchronized (this) {
      if (decile <= lastDecile) return;
      lastDecile = decile;
      err.println(task + ": " + done + "/" + total + unit + " (" + decile * 10 + "%)");
      err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
