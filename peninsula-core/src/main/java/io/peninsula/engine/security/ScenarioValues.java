package io.peninsula.engine.security;

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
  /** The issues the security games use unless told otherwise (those present in the scenario). */
  public static final List<String> DEFAULT_SECURITY_ISSUES =
      List.of("dprk_nuclear", "force_posture", "extended_deterrence", "exercises", "alignment");

  private ScenarioValues() {}

  public static Actor actor(Scenario s, String id, String role) {
    return s.actor(id).orElseThrow(() -> new IllegalArgumentException(role + " \"" + id + "\" is not an actor of scenario "
        + s.metadata().id() + " (actors: " + String.join(", ", s.actors().stream().map(Actor::id).toList()) + ")"));
  }

  /** The security issues to use: the requested ones (all must exist), or the defaults present. */
  public static List<Issue> issues(Scenario s, List<String> requested) {
    if (!requested.isEmpty()) {
      List<Issue> out = new ArrayList<>();
      for (String id : requested)
        out.add(s.issue(id).orElseThrow(() -> new IllegalArgumentException("issue \"" + id + "\" is not in scenario " + s.metadata().id()
            + " (issues: " + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")")));
      return out;
    }
    List<Issue> out = DEFAULT_SECURITY_ISSUES.stream().flatMap(id -> s.issue(id).stream()).toList();
    if (out.isEmpty())
      throw new IllegalArgumentException("scenario " + s.metadata().id() + " has none of the default security issues "
          + DEFAULT_SECURITY_ISSUES + "; name the issues to use");
    return out;
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
    return new Derived("C[" + a.id() + "]", c, formula, List.copyOf(src));
  }

  /** p_i = C_i / (C_i + C_j). */
  public static Derived share(Derived ci, Derived cj, String i, String j) {
    double total = ci.value() + cj.value();
    if (!(total > 0)) throw new IllegalArgumentException("capabilities of " + i + " and " + j + " are both 0");
    return new Derived("p[" + i + "]", ci.value() / total,
        ci.symbol() + " / (" + ci.symbol() + " + " + cj.symbol() + ") = " + num(ci.value()) + " / " + num(total), List.of());
  }

  /** The balance between two states that war costs are computed from: capability shares p and nuclear status N. */
  record Balance(double shareI, double shareJ, double nuclearI, double nuclearJ) {}

  /** C_i, C_j, p_i, p_j, N_i, N_j (appended to {@code der} in that order) and the shares and nuclear status (returned). */
  static Balance balance(Scenario s, Actor i, Actor j, List<Derived> der) {
    Derived ci = stateCapability(s, i);
    Derived cj = stateCapability(s, j);
    Derived pi = share(ci, cj, i.id(), j.id());
    Derived pj = share(cj, ci, j.id(), i.id());
    Derived ni = nuclear(s, i);
    Derived nj = nuclear(s, j);
    der.addAll(List.of(ci, cj, pi, pj, ni, nj));
    return new Balance(pi.value(), pj.value(), ni.value(), nj.value());
  }

  /** Issues both actors have positions on, in the given order; an error when there are none. */
  public static List<Issue> common(Scenario s, List<Issue> issues, String i, String j) {
    List<Issue> out = issues.stream()
        .filter(k -> s.position(i, k.id()).isPresent() && s.position(j, k.id()).isPresent()).toList();
    if (out.isEmpty())
      throw new IllegalArgumentException(i + " and " + j + " have no position on a common issue among "
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
    return new Derived("w[" + i + "]", sigma.value() * delta.value(),
        sigma.symbol() + "·" + delta.symbol() + " = " + num(sigma.value()) + "·" + num(delta.value()), List.of());
  }

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
    return new Derived("N[" + a.id() + "]", w > 0 ? 1 : 0,
        "warheads " + num(w) + " in " + ind.year() + (w > 0 ? " > 0: 1" : ": 0"), List.of(ind.source().sourceId()));
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
