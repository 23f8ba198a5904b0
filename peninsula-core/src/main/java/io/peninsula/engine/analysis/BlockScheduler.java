package io.peninsula.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The local executor of a {@link MonteCarlo} run: {@code threads} worker threads, each with its
 * own {@link SampleEvaluator}, take blocks of {@link MonteCarlo#BLOCK} samples in any order from
 * a shared counter; each block's moments are merged into the total strictly in block order (a
 * block finished early waits in a small ordered buffer), the integer aggregates stay per thread
 * and are summed at the end. The result is therefore the same, bit for bit, for any thread count
 * or schedule — and the same as {@link MonteCarlo#combine} of any partition of the blocks.
 *
 * <p>Cancellation: {@code cancel} is read between samples; a cancelled run keeps every sample
 * completed. A failure on any sample stops all workers and is rethrown.
 */
final class BlockScheduler {
  private BlockScheduler() {}

  /** The merged moments and the evaluators (whose integer aggregates the caller sums). */
  record Outcome(BlockMoments total, List<SampleEvaluator> evaluators) {}

  static Outcome run(MonteCarlo mc, int threads, AtomicBoolean cancel, LongConsumer progress) {
    int m = mc.series();
    long samples = mc.samples();
    long blocks = mc.blocks();
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    BlockMoments total = new BlockMoments(m);
    TreeMap<Long, BlockMoments> pending = new TreeMap<>();
    long[] frontier = {0};
    List<SampleEvaluator> evaluators = new ArrayList<>();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      SampleEvaluator w = mc.evaluator();
      evaluators.add(w);
      Thread th = new Thread(() -> {
        try {
          for (long b; failure.get() == null && !cancel.get() && (b = nextBlock.getAndIncrement()) < blocks; ) {
            BlockMoments bm = new BlockMoments(m);
            long end = Math.min(samples, (b + 1) * MonteCarlo.BLOCK);
            for (long i = b * MonteCarlo.BLOCK; i < end && !cancel.get(); i++) {
              w.sample(i, bm);
              progress.accept(done.incrementAndGet());
            }
            synchronized (pending) {
              pending.put(b, bm);
              while (!pending.isEmpty() && pending.firstKey() == frontier[0]) {
                total.merge(pending.pollFirstEntry().getValue());
                frontier[0]++;
              }
            }
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "montecarlo-" + t);
      ts.add(th);
      th.start();
    }
    for (Thread th : ts) {
      try {
        th.join();
      } catch (InterruptedException e) {
        cancel.set(true);
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) throw failure.get();
    synchronized (pending) {
      for (BlockMoments bm : pending.values()) total.merge(bm);
    }
    return new Outcome(total, evaluators);
  }
}
