package io.peninsula.engine.bargaining;

/**
 * What actor {@code receiver} expects from its exchange with {@code proposer}, judged from the
 * receiver's own perspective (Scholz et al. 2011, section 3.4, the octants of the
 * E^i(U_ij)–E^i(U_ji) plane): {@code euOwn} = E^i(U_ij) (i challenges j), {@code euOther} =
 * E^i(U_ji) (j challenges i), and the position i would move to.
 */
record ChallengeOffer(int receiver, int proposer, Kind kind, double euOwn, double euOther, double newPosition) {

  /** The exchanges that move the receiver; the log's wording is kept for the notes. */
  enum Kind {
    /** Both expect to gain, j more: i loses the confrontation and takes x_j. */
    CONFLICT("conflict", "loses confrontation to"),
    /** j gains more than i loses: i concedes the share |E_ij / E_ji| of the distance. */
    COMPROMISE("compromise", "compromises with"),
    /** j gains less than i loses: i gives in and takes x_j. */
    CAPITULATION("capitulation", "capitulates to");

    final String code;
    final String verb;

    Kind(String code, String verb) {
      this.code = code;
      this.verb = verb;
    }
  }

  /**
   * Classifies the pair (i, j) from i's perspective, or null (not Optional: this runs for every
   * pair of every round) when the exchange does not move i (i expects to prevail, or neither side
   * wants to challenge):
   *
   * <ul>
   *   <li>E_ji &gt; E_ij &gt; 0: conflict that i loses, new position x_j;
   *   <li>E_ji &gt; 0 &gt; E_ij and E_ji &gt; |E_ij|: compromise, x_i + (x_j − x_i)|E_ij/E_ji|;
   *   <li>E_ji &gt; 0 &gt; E_ij and E_ji &lt; |E_ij|: capitulation, x_j — only when
   *       {@code capitulation} is true. The replication's test for this octant can never hold
   *       (it compares E_ji with |E_ji|); see {@link ExpectedUtilityModel}.
   * </ul>
   */
  static Kind classify(double eij, double eji, boolean capitulation) {
    if (eji > eij && eij > 0) return Kind.CONFLICT;
    if (eji > 0 && 0 > eij) {
      if (eji > Math.abs(eij)) return Kind.COMPROMISE;
      if (capitulation && eji < Math.abs(eij)) return Kind.CAPITULATION;
    }
    return null;
  }

  /** Where an exchange of kind {@code kind} ({@link #classify}) moves i. */
  static double newPosition(Kind kind, double xi, double xj, double eij, double eji) {
    return kind == Kind.COMPROMISE ? xi + (xj - xi) * Math.abs(eij / eji) : xj;
  }

  /**
   * The replication's ranking key for compromises: the position (|E_ij| x_i + |E_ji| x_j) /
   * (|E_ij| + |E_ji|), smallest first — a number on the issue scale, not a distance, so it
   * prefers proposals at the low end of the scale (Belgium's round-4 move to the Netherlands in
   * Example.log). Kept for {@code scholz2011} because the anchor depends on it.
   */
  static double effortWeightedPosition(double eij, double eji, double xi, double xj) {
    return (Math.abs(eij) * xi + Math.abs(eji) * xj) / (Math.abs(eij) + Math.abs(eji));
  }
}
