package io.peninsula.engine.sweep;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs a {@link SweepPlan}'s tasks on local threads (the {@code --engine local} executor): each
 * thread takes the next task from a shared counter, results are combined by {@link
 * SweepPlan#combine} in task order. The table does not depend on the thread count.
 */
public final class LocalSweepExecutor {
  private LocalSweepExecutor() {}

  /**
   * @param progress receives the number of tasks completed (from worker threads)
   * @throws IllegalArgumentException from the first task that fails
   */
  public static SweepTable run(SweepPlan plan, int threads, IntConsumer progress) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    List<SweepPlan.Task> tasks = plan.tasks();
    Serializable[] results = new Serializable[tasks.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        try {
          for (int i; failure.get() == null && (i = next.getAndIncrement()) < tasks.size(); ) {
            results[i] = plan.evaluate(tasks.get(i));
            progress.accept(done.incrementAndGet());
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "sweep-" + t);
      ts.add(th);
      th.start();
    }
    for (Thread th : ts) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sweep interrupted", e);
      }
    }
    if (failure.get() != null) throw failure.get();
    List<Map.Entry<SweepPlan.Task, ? extends Serializable>> pairs = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) pairs.add(new AbstractMap.SimpleImmutableEntry<>(tasks.get(i), results[i]));
    return plan.combine(pairs);
  }
}
