package io.peninsula.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Measured capability indicators of an actor in one year: military expenditure (current US$
 * millions, SIPRI), the COW CINC score, nuclear warheads (FAS). Each may be absent.
 */
public record CapabilityIndicator(
    int year, OptionalDouble milexUsdMillions, OptionalDouble cinc, OptionalDouble warheads, SourceRef source) {
  public CapabilityIndicator {
    Objects.requireNonNull(milexUsdMillions, "milexUsdMillions");
    Objects.requireNonNull(cinc, "cinc");
    Objects.requireNonNull(warheads, "warheads");
    Objects.requireNonNull(source, "source");
  }
}
