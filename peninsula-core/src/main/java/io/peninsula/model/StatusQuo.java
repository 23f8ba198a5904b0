package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;

/**
 * The state of affairs on an issue on the scenario's date, on the scale: the point a
 * decision moves away from (Tsebelis 2002, <i>Veto Players</i>, ch. 1: the status quo SQ). The
 * source should be a fact known on the scenario's date (a treaty, a statute, a deployment figure).
 */
public record StatusQuo(double value, SourceRef source) {
  public StatusQuo {
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(value)) throw new InvalidInputException("status quo must be finite, got " + value);
  }
}
