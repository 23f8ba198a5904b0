package io.peninsula.engine.security;

import io.peninsula.game.Rational;

/**
 * The ordinal class of one player's payoffs in a symmetric-move 2×2 game with a cooperative
 * move C and a defecting move D, from the four payoffs R = (C,C), S = (C,D), T = (D,C), P = (D,D)
 * (Rapoport &amp; Guyer 1966, "A taxonomy of 2×2 games"; names as in Oye 1985, "Explaining
 * Cooperation under Anarchy", World Politics 38(1), Table 1; Jervis 1978 uses the Stag Hunt and
 * the Prisoner's Dilemma). The class is read from two differences: the temptation T − R and the
 * fear P − S (Jervis's "gains from exploiting" and "costs of being exploited"), then P − R:
 *
 * <pre>
 *   T − R ≤ 0, P − S ≤ 0   Harmony            C weakly dominant, (C,C) best
 *   T − R ≤ 0, P − S &gt; 0   Stag Hunt          C against C, D against D
 *   T − R &gt; 0, P − S &gt; 0, P &lt; R   Prisoner's Dilemma  D dominant, (C,C) better than (D,D)
 *   T − R &gt; 0, P − S &gt; 0, P ≥ R   Deadlock           D dominant, (D,D) at least as good
 *   T − R &gt; 0, P − S ≤ 0   Chicken            D against C, C against D
 * </pre>
 *
 * Ties go to the more cooperative class (documented choice: on a boundary the player is
 * indifferent, and the cooperative reading is the one Jervis's remedies aim at).
 */
public enum TwoByTwoClass {
  HARMONY("Harmony"),
  STAG_HUNT("Stag Hunt"),
  PRISONERS_DILEMMA("Prisoner's Dilemma"),
  DEADLOCK("Deadlock"),
  CHICKEN("Chicken");

  private final String label;

  TwoByTwoClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static TwoByTwoClass of(Rational r, Rational s, Rational t, Rational p) {
    boolean tempted = t.compareTo(r) > 0;
    boolean afraid = p.compareTo(s) > 0;
    if (!tempted) return afraid ? STAG_HUNT : HARMONY;
    if (!afraid) return CHICKEN;
    return p.compareTo(r) < 0 ? PRISONERS_DILEMMA : DEADLOCK;
  }

  /** The class of one player's payoffs given as {R, S, T, P}. */
  static TwoByTwoClass of(Payoff[] rstp) {
    return of(rstp[0].value(), rstp[1].value(), rstp[2].value(), rstp[3].value());
  }

  /** A game's classification from its two players' classes: the common label, or "asymmetric: A X / B Y". */
  static String classification(String a, TwoByTwoClass ca, String b, TwoByTwoClass cb) {
    return ca == cb ? ca.label() : "asymmetric: " + a + " " + ca.label() + " / " + b + " " + cb.label();
  }
}
