package io.peninsula.engine.analysis;

import java.io.Serializable;

/**
 * The aggregates of a contiguous run of {@link MonteCarlo#BLOCK}-sample blocks, as an executor
 * returns them ({@link MonteCarlo#evaluate}): each block's floating-point moments separately (they
 * are merged later strictly in block order) and the integer aggregates — outcome histograms and
 * better-off and status-quo-change counts — summed (exact, order-free). Serializable, so a remote executor (Spark) can
 * ship it to the driver; {@link MonteCarlo#combine} merges any partition of the blocks into the
 * result a local run gives, bit for bit.
 */
public final class MonteCarloPartial implements Serializable {
  private static final long serialVersionUID = 1L;

  final long firstBlock;
  final BlockMoments[] moments;
  final OutcomeHistogram[] hist;
  final long[][] better;
  /** Per option × issue, the samples whose outcome lies more than one point from the status quo. */
  final long[] changed;

  MonteCarloPartial(long firstBlock, BlockMoments[] moments, OutcomeHistogram[] hist, long[][] better, long[] changed) {
    this.firstBlock = firstBlock;
    this.moments = moments;
    this.hist = hist;
    this.better = better;
    this.changed = changed;
  }

  /** The first block this partial covers. */
  public long firstBlock() {
    return firstBlock;
  }

  /** The number of consecutive blocks it covers. */
  public int blocks() {
    return moments.length;
  }
}
