package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import io.peninsula.game.Rational;
import io.peninsula.model.Actor;
import io.peninsula.model.CapabilityIndicator;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario quantities every security game is built from, each returned as a {@link Derived}
 * that names the sources of its inputs.
 *
 * <p><b>The unit.</b> Every payoff of every security game is measured in one unit, {@link #UNIT}:
 * U = 1 is an actor's whole security agenda, that is every one of the n security issues moved
 * across its full scale, valued at salience 1. A stake w_i is then in [0, 1], one issue moved
 * across its full scale at salience s is worth s/n, and war costs, arms costs, audience costs and
 * trip-wire costs are given in the same U.
 *
 * <ul>
 *   <li><b>State capability</b> C: war is fought by states, not by domestic camps, so an actor's
 *       capability is that of its state: the sum over the actors sharing its parent (a faction)
 *       or having it as parent (a state with institutions under it), plus the parent actor itself
 *       when the scenario has one. In korea-2025, C[USA] = USA + US_CONGRESS (the full US CINC)
 *       and C[ROK_CONS] = ROK_CONS + ROK_PROG (the full ROK CINC).
 *   <li><b>Salience</b> σ_i = mean of i's saliences over the security issues both actors have
 *       positions on.
 *   <li><b>Divergence</b> δ_i = Σ_k s_ik·|x_ik − x_jk|/range_k / Σ_k s_ik: the salience-weighted
 *       mean distance between the two actors' positions, in [0, 1] (0 when σ_i = 0).
 *   <li><b>Stake</b> w_i = σ_i·δ_i = (1/n) Σ_k s_ik·|x_ik − x_jk|/range_k: what i would win if j
 *       gave way on every issue, in units of "all n issues at full salience and full distance".
 *       This is the salience-weighted distance of Bueno de Mesquita's expected-utility model
 *       (1985, "The War Trap Revisited", APSR 79(1)), averaged instead of summed.
 *   <li><b>Nuclear</b> N_i = 1 when the latest capability indicator of i's state reports
 *       warheads &gt; 0 (FAS figures in the bundled scenarios), else 0.
 * </ul>
 */
public final class ScenarioValues {
  /** The unit of every payoff, stated once (see the class comment). */
  public static final String UNIT = "U = one actor's whole security agenda: every security issue moved across its full scale, at salience 1";

  private ScenarioValues() {}

  public static Actor actor(Scenario s, String id, String role) {
    return s.actor(id).orElseThrow(() -> new InvalidInputException(role + " \"" + id + "\" is not an actor of scenario "
        + s.metadata().id() + " (actors: " + String.join(", ", s.actors().stream().map(Actor::id).toList()) + ")"));
  }

  /**
   * The security issues to use: the requested ones, else those of the scenario's
   * {@code roles: security_issues}; every id must be an issue of the scenario.
   */
  public static List<Issue> issues(Scenario s, List<String> requested) {
    List<String> ids = requested.isEmpty() ? s.roles().securityIssues() : requested;
    if (ids.isEmpty())
      throw new InvalidInputException("scenario " + s.metadata().id() + " declares no security issues: add them to the scenario's "
          + "roles: section (roles: security_issues: [ID, ...], with security_issues_source) or give --issues ID,...");
    List<Issue> out = new ArrayList<>();
    for (String id : ids)
      out.add(issue(s, id));
    return out;
  }

  /** The issue {@code id} of the scenario, or an error listing its issues. */
  public static Issue issue(Scenario s, String id) {
    return s.issue(id).orElseThrow(() -> new InvalidInputException("issue \"" + id + "\" is not in scenario " + s.metadata().id()
        + " (issues: " + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")"));
  }

  /** The actors that make up {@code a}'s state (see class comment), in scenario order. */
  public static List<Actor> stateMembers(Scenario s, Actor a) {
    String state = a.parent().orElse(a.id());
    return s.actors().stream()
        .filter(x -> x.id().equals(state) || x.parent().map(state::equals).orElse(false))
        .toList();
  }

  public static Derived stateCapability(Scenario s, Actor a) {
    List<Actor> members = stateMembers(s, a);
    double c = members.stream().mapToDouble(Actor::capability).sum();
    Set<String> src = new LinkedHashSet<>();
    for (Actor m : members) src.add(m.capabilitySource().sourceId());
    String formula = members.size() == 1 ? "capability of " + a.id()
        : "state capability: " + String.join(" + ", members.stream().map(m -> m.id() + " " + num(m.capability())).toList());
    if (members.size() == 1) return new Derived("C[" + a.id() + "]", c, formula, List.copyOf(src));
    return Derived.mapping("C[" + a.id() + "]", c, formula, List.copyOf(src), "War is fought by states, not by domestic camps or "
        + "institutions: an actor's capability in a security game is its state's, the sum over the actors that share its parent "
        + "or have it as parent.");
  }

  /** p_i = C_i / (C_i + C_j). */
  public static Derived share(Derived ci, Derived cj, String i, String j) {
    double total = ci.value() + cj.value();
    if (!(total > 0)) throw new InvalidInputException("capabilities of " + i + " and " + j + " are both 0");
    return Derived.mapping("p[" + i + "]", ci.value() / total,
        ci.symbol() + " / (" + ci.symbol() + " + " + cj.symbol() + ") = " + num(ci.value()) + " / " + num(total), List.of(),
        "The probability of winning a war is the capability share (Fearon 1995, p. 387: p as the probability that A wins; "
            + "the capability ratio is the usual proxy, e.g. Bueno de Mesquita 1981). COW CINC does not count nuclear "
            + "arsenals; they enter the war costs instead.");
  }

  /**
   * The balance between two states that war costs are computed from: capability shares p (p_i
   * rounded to {@link Payoff#DECIMALS} decimals, p_j = 1 − p_i exactly) and nuclear status N.
   */
  record Balance(Rational shareI, Rational shareJ, Rational nuclearI, Rational nuclearJ) {}

  /** C_i, C_j, p_i, p_j, N_i, N_j (appended to {@code der} in that order) and the shares and nuclear status (returned). */
  static Balance balance(Scenario s, Actor i, Actor j, List<Derived> der) {
    Derived ci = stateCapability(s, i);
    Derived cj = stateCapability(s, j);
    Derived pi = share(ci, cj, i.id(), j.id());
    Rational pI = q(pi.value());
    Rational pJ = Rational.ONE.subtract(pI);
    Derived pj = new Derived("p[" + j.id() + "]", pJ.doubleValue(), "1 − p[" + i.id() + "]", List.of());
    Derived ni = nuclear(s, i);
    Derived nj = nuclear(s, j);
    der.addAll(List.of(ci, cj, pi, pj, ni, nj));
    return new Balance(pI, pJ, q(ni.value()), q(nj.value()));
  }

  /** v rounded half-even to {@link Payoff#DECIMALS} decimals, exactly: every game input is rounded once, then computed exactly. */
  public static Rational q(double v) {
    return Payoff.exact(v);
  }

  /**
   * The war cost of i facing j, in U: c_i = κ_conv·p_j + κ_nuc·N_j (an analyst's mapping: a war's
   * cost grows with the rival's conventional share and jumps when the rival is nuclear-armed).
   */
  static Derived warCost(String i, String j, Rational kc, Rational pj, Rational kn, Rational nj) {
    Rational c = kc.multiply(pj).add(kn.multiply(nj));
    return Derived.mapping("c[" + i + "]", c.doubleValue(),
        "κ_conv·p[" + j + "] + κ_nuc·N[" + j + "] = " + num(kc) + "·" + num(pj) + " + " + num(kn) + "·" + num(nj) + " U", List.of(),
        WAR_COST_RATIONALE);
  }

  static final String WAR_COST_RATIONALE = "A war's cost to i, in U, is κ_conv·p_j + κ_nuc·N_j: it grows with the rival's share of "
      + "conventional capability and jumps by κ_nuc when the rival is nuclear-armed. At the defaults (0.5, 0.5) a war with a "
      + "nuclear rival of equal strength costs 0.75 U, three quarters of what winning every security issue outright is worth. "
      + "The weights are judgements; --robustness shows how far each can move before a verdict changes.";

  static final ParamSpec CONVENTIONAL_COST = ParamSpec.real("conventional-cost", "κ_conv", "--war-cost", 0.5, 0, 2,
      "war cost per unit of the rival's capability share, in U",
      "Judgement: half the agenda's worth for a war against a rival with all the conventional capability; the range [0, 2] "
          + "runs from a costless war to one costing twice the agenda.");
  static final ParamSpec NUCLEAR_COST = ParamSpec.real("nuclear-cost", "κ_nuc", "--nuclear-cost", 0.5, 0, 2,
      "war cost added by a nuclear-armed rival, in U",
      "Judgement: a nuclear-armed rival adds half the agenda's worth to the cost of war whatever the size of its arsenal; the "
          + "range [0, 2] runs from nuclear weapons that add nothing to a war that costs twice the agenda.");

  static String num(Rational r) {
    return num(r.doubleValue());
  }

  /** Issues both actors have positions on, in the given order; an error when there are none. */
  public static List<Issue> common(Scenario s, List<Issue> issues, String i, String j) {
    List<Issue> out = issues.stream()
        .filter(k -> s.position(i, k.id()).isPresent() && s.position(j, k.id()).isPresent()).toList();
    if (out.isEmpty())
      throw new InvalidInputException(i + " and " + j + " have no position on a common issue among "
          + issues.stream().map(Issue::id).toList());
    return out;
  }

  public static Derived salience(Scenario s, List<Issue> issues, String i) {
    double sum = 0;
    List<String> terms = new ArrayList<>();
    Set<String> src = new LinkedHashSet<>();
    for (Issue k : issues) {
      Position p = s.position(i, k.id()).orElseThrow();
      sum += p.salience();
      terms.add(num(p.salience()));
      src.add(p.salienceSource().orElse(p.source()).sourceId());
    }
    return new Derived("σ[" + i + "]", sum / issues.size(), "mean(" + String.join(", ", terms) + ") over " + ids(issues), List.copyOf(src));
  }

  public static Derived divergence(Scenario s, List<Issue> issues, String i, String j) {
    double num = 0;
    double den = 0;
    List<String> terms = new ArrayList<>();
    Set<String> src = new LinkedHashSet<>();
    for (Issue k : issues) {
      Position pi = s.position(i, k.id()).orElseThrow();
      Position pj = s.position(j, k.id()).orElseThrow();
      double d = Math.abs(pi.position() - pj.position()) / k.range();
      num += pi.salience() * d;
      den += pi.salience();
      terms.add(num(pi.salience()) + "·|" + num(pi.position()) + "−" + num(pj.position()) + "|/" + num(k.range()));
      src.add(pi.source().sourceId());
      pi.salienceSource().ifPresent(r -> src.add(r.sourceId()));
      src.add(pj.source().sourceId());
    }
    double v = den > 0 ? num / den : 0;
    return new Derived("δ[" + i + "]", v, "(" + String.join(" + ", terms) + ") / Σs, over " + ids(issues), List.copyOf(src));
  }

  public static Derived stake(Derived sigma, Derived delta, String i) {
    return Derived.mapping("w[" + i + "]", sigma.value() * delta.value(),
        sigma.symbol() + "·" + delta.symbol() + " = " + num(sigma.value()) + "·" + num(delta.value()) + " U", List.of(), STAKE_RATIONALE);
  }

  static final String STAKE_RATIONALE = "The stake w_i = (1/n)·Σ_k s_ik·|x_ik − x_jk|/range_k is what i would gain, in U, if j gave way on "
      + "every security issue: the salience-weighted distance of Bueno de Mesquita's expected-utility model (1985, APSR 79(1)), "
      + "averaged over the n issues so that the whole agenda at salience 1 is 1 U. Positions and saliences are themselves "
      + "analysts' readings of the sources (docs/scenarios.md).";

  /** σ_i and δ_i (appended to {@code der}) and the stake w_i = σ_i·δ_i (returned). */
  public static Derived stake(Scenario s, List<Issue> issues, String i, String j, List<Derived> der) {
    Derived sigma = salience(s, issues, i);
    Derived delta = divergence(s, issues, i, j);
    der.add(sigma);
    der.add(delta);
    return stake(sigma, delta, i);
  }

  public static Derived nuclear(Scenario s, Actor a) {
    Optional<CapabilityIndicator> latest = stateMembers(s, a).stream()
        .flatMap(m -> m.indicators().stream())
        .filter(ind -> ind.warheads().isPresent())
        .max(Comparator.comparingInt(CapabilityIndicator::year));
    if (latest.isEmpty()) return new Derived("N[" + a.id() + "]", 0, "no warhead count in the scenario: 0", List.of());
    CapabilityIndicator ind = latest.get();
    double w = ind.warheads().getAsDouble();
    return Derived.mapping("N[" + a.id() + "]", w > 0 ? 1 : 0,
        "warheads " + num(w) + " in " + ind.year() + (w > 0 ? " > 0: 1" : ": 0"), List.of(ind.source().sourceId()),
        "A state with any nuclear warhead can impose the nuclear part of the war cost: the model counts the arsenal as present "
            + "or absent, not by size.");
  }

  static String ids(List<Issue> issues) {
    return String.join(",", issues.stream().map(Issue::id).toList());
  }

  /** Compact number for formulas: up to 4 significant decimals, no trailing zeros. */
  public static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
    String s = String.format(Locale.ROOT, "%.4f", v);
    if (Math.abs(v) < 0.01) s = String.format(Locale.ROOT, "%.4g", v);
    s = s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s;
  }
}
