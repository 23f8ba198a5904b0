package io.peninsula.engine.bargaining;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which reading of Bueno de Mesquita's expected-utility model {@link ExpectedUtilityModel} runs.
 * The differences are listed in {@code docs/models/bdm.md}.
 */
public enum BdmVariant {
  /**
   * Scholz, Calbert &amp; Smith (2011) as executed by their published replication (the code that
   * produced {@code Example.log}): probability of success normalised by the votes over all actor
   * pairs, status-quo probability Q = 1, offers chosen with priority confrontation, compromise,
   * capitulation, and the compromise chosen by the smallest effort-weighted position.
   */
  SCHOLZ2011("scholz2011"),
  /**
   * Bueno de Mesquita (1994) read literally: the probability of success of i against j is the
   * share of the votes cast in that pair only, the expected utility carries the
   * {@code (1 − Q)[T·U_b + (1 − T)·U_w]} term, and each actor accepts the offer that moves it the
   * least, whatever its kind.
   */
  BDM1994("bdm1994");

  private final String id;

  BdmVariant(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The variant named {@code name} (case-insensitive); the message lists the allowed names. */
  public static BdmVariant parse(String name) {
    for (BdmVariant v : values()) if (v.id.equals(name.trim().toLowerCase(Locale.ROOT))) return v;
    throw new io.peninsula.error.InvalidInputException("variant = '" + name + "' is not known; allowed: "
        + Arrays.stream(values()).map(BdmVariant::id).collect(Collectors.joining(", ")));
  }
}
