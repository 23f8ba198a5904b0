package io.peninsula.model;

import io.peninsula.error.InvalidInputException;

/**
 * A distribution over an uncertain input (position, salience or capability). Values are in the
 * input's own units. Samplers live in the analysis engine; this type only describes the law.
 */
public sealed interface Uncertainty {
  double lower();

  double upper();

  /** Uniform on [lower, upper]. */
  record Range(double lower, double upper) implements Uncertainty {
    public Range {
      if (!(lower <= upper)) throw new InvalidInputException("range lower " + lower + " > upper " + upper);
    }
  }

  /** Triangular on [lower, upper] with the given mode. */
  record Triangular(double lower, double mode, double upper) implements Uncertainty {
    public Triangular {
      if (!(lower <= mode && mode <= upper))
        throw new InvalidInputException("triangular needs lower <= mode <= upper, got " + lower + ", " + mode + ", " + upper);
    }
  }

  /** Normal(mean, sd) truncated to [lower, upper]. */
  record TruncatedNormal(double mean, double sd, double lower, double upper) implements Uncertainty {
    public TruncatedNormal {
      if (!(sd > 0)) throw new InvalidInputException("truncated normal needs sd > 0, got " + sd);
      if (!(lower < upper)) throw new InvalidInputException("truncated normal lower " + lower + " >= upper " + upper);
    }
  }
}
