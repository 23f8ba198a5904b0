package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.Optional;

/**
 * What {@link ArmsFit} fits: the years {@code [from, to]} of the data, the held-out years at its
 * end ({@code holdoutFrom..to}; empty means no out-of-sample scoring), the bootstrap replicates,
 * the interval level and the seed.
 */
public record ArmsFitConfig(int from, int to, Optional<Integer> holdoutFrom, int bootstrap, double level, long seed) {
  public static final int DEFAULT_BOOTSTRAP = 999;
  public static final double DEFAULT_LEVEL = 0.90;

  public ArmsFitConfig {
    if (from >= to) throw new InvalidInputException("the fit window " + from + "-" + to + " must span at least two years");
    holdoutFrom.ifPresent(h -> {
      if (h <= from || h > to)
        throw new InvalidInputException("the holdout must start after " + from + " and end by " + to + ", got " + h + "-" + to);
    });
    if (bootstrap < 1) throw new InvalidInputException("bootstrap replicates must be >= 1, got " + bootstrap);
    if (!(level > 0 && level < 1)) throw new InvalidInputException("interval level must be in (0, 1), got " + level);
  }

  /** The last year the models are fitted on. */
  public int fitTo() {
    return holdoutFrom.map(h -> h - 1).orElse(to);
  }
}
