package io.peninsula.engine.security;

import static io.peninsula.engine.security.ScenarioValues.num;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Relation;
import io.peninsula.model.RelationType;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds Snyder's alliance security dilemma between a patron and a client as a 2×2 game (Commit /
 * Hedge), solves it with enummixed and reports each ally's risks of abandonment and entrapment.
 *
 * <p>Snyder (1984, "The Security Dilemma in Alliance Politics", World Politics 36(4), 461–495): a firm commitment lowers the risk of being abandoned by the ally but raises the risk of
 * being entrapped in the ally's conflicts; a weak one (hedging) does the reverse. Which risk
 * dominates depends on each ally's <b>dependence</b> on the alliance, its <b>interest</b> in the
 * conflict with the adversary, and how far its interests diverge from the ally's. From the
 * scenario, for ally i with partner j:
 *
 * <pre>
 *   D_i = C_j / (C_i + C_j)      dependence: the partner's share of the pair's capability (state capabilities)
 *   σ_i                          interest: mean salience on the security issues
 *   δ_i                          divergence: salience-weighted position distance to the partner (shared interest = 1 − δ_i)
 *   β_i = D_i·σ_i                value of the partner's support
 *   ε_i = δ_i·σ_i                entrapment cost: being drawn into conflicts over interests not shared
 *
 *   u_i(Commit, Commit) = β_i − ε_i     full support, exposed to entrapment
 *   u_i(Hedge,  Commit) = γ·β_i         a hedging ally still gets the share γ of the support, and no entrapment
 *   u_i(Commit, Hedge)  = −ε_i          abandoned: committed (the adversary is antagonised) without support
 *   u_i(Hedge,  Hedge)  = 0             loose alignment, each on its own
 * </pre>
 *
 * Ally i prefers to commit iff it believes the partner commits with probability at least
 * q*_i = ε_i / ((1 − γ)·β_i) = δ_i / ((1 − γ)·D_i): divergence over dependence, Snyder's
 * comparison in one ratio. 1 − q*_i is the <b>abandonment risk i can tolerate</b> (negative:
 * hedging is dominant). In an equilibrium, i's <b>abandonment risk</b> is the probability that the
 * partner hedges, and its <b>entrapment risk</b> δ_i·P(i commits)·P(partner commits) (the chance that
 * both are bound, weighted by how much their interests differ). When both (Commit, Commit) and
 * (Hedge, Hedge) are equilibria the risk-dominant one (Harsanyi &amp; Selten 1988: the larger product
 * of deviation losses) is named. Default γ = 0.5 (judgement). Payoffs rounded to 4 decimals.
 */
public final class AllianceGame {
  public static final double DEFAULT_HEDGE_SHARE = 0.5;
  public static final List<String> STRATEGIES = List.of("Commit", "Hedge");

  public record Params(String patron, String client, List<String> issues, OptionalDouble hedgeShare) {
    public Params {
      Objects.requireNonNull(patron, "patron");
      Objects.requireNonNull(client, "client");
      issues = List.copyOf(issues);
      Objects.requireNonNull(hedgeShare, "hedgeShare");
      if (patron.equals(client)) throw new IllegalArgumentException("patron and client must differ, both are " + patron);
      if (hedgeShare.isPresent() && !(hedgeShare.getAsDouble() >= 0 && hedgeShare.getAsDouble() < 1))
        throw new IllegalArgumentException("hedge share must be in [0, 1), got " + hedgeShare.getAsDouble());
    }

    public static Params of(String patron, String client) {
      return new Params(patron, client, List.of(), OptionalDouble.empty());
    }
  }

  /** One ally's thresholds: q* and the abandonment risk it tolerates (1 − q*), plus its 2×2 class. */
  public record AllyThreshold(String actor, double commitThreshold, double tolerableAbandonmentRisk, TwoByTwoClass type) {}

  /** An equilibrium and each ally's risks in it (patron first). */
  public record Risks(MixedProfile equilibrium, List<Double> abandonment, List<Double> entrapment) {
    public Risks {
      abandonment = List.copyOf(abandonment);
      entrapment = List.copyOf(entrapment);
    }
  }

  public record Result(StrategicGame game, Optional<Relation> relation, String classification, List<AllyThreshold> allies,
      List<Risks> equilibria, Optional<String> riskDominant, List<Derived> derivation, List<Payoff> payoffs) {
    public Result {
      allies = List.copyOf(allies);
      equilibria = List.copyOf(equilibria);
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }
  }

  /** The first defence treaty partner of the patron in scenario order (the default client). */
  public static Optional<String> defaultClient(Scenario s, String patron) {
    return s.relations().stream().filter(r -> r.type() == RelationType.DEFENSE)
        .flatMap(r -> r.partnerOf(patron).stream()).findFirst();
  }

  public Result build(Scenario s, Params params) {
    Actor pa = ScenarioValues.actor(s, params.patron(), "patron");
    Actor cl = ScenarioValues.actor(s, params.client(), "client");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), pa.id(), cl.id());
    Optional<Relation> rel = s.relations().stream()
        .filter(r -> r.involves(pa.id()) && r.involves(cl.id()))
        .min((x, y) -> Boolean.compare(x.type() != RelationType.DEFENSE, y.type() != RelationType.DEFENSE));
    List<Derived> der = new ArrayList<>();
    double gamma = params.hedgeShare().orElse(DEFAULT_HEDGE_SHARE);
    der.add(Derived.param("γ", gamma, "share of support a hedging ally still gets", params.hedgeShare().isEmpty()));
    rel.ifPresent(r -> der.add(new Derived("relation", 1, r.id() + ": " + r.type().name().toLowerCase(java.util.Locale.ROOT)
        + " treaty" + (r.since().isPresent() ? " since " + r.since().getAsInt() : ""), List.of(r.source().sourceId()))));
    Derived cP = ScenarioValues.stateCapability(s, pa);
    Derived cC = ScenarioValues.stateCapability(s, cl);
    der.add(cP);
    der.add(cC);
    Ally p = ally(s, issues, pa.id(), cl.id(), cP, cC, gamma, der);
    Ally c = ally(s, issues, cl.id(), pa.id(), cC, cP, gamma, der);
    // profiles, first player fastest: (C,C) (H,C) (C,H) (H,H); ally payoffs {R=CC, S=CH, T=HC, P=HH}
    List<Outcome> outcomes = List.of(
        new Outcome(1, "both commit", Payoff.values(p.pay[0], c.pay[0])),
        new Outcome(2, pa.id() + " hedges", Payoff.values(p.pay[2], c.pay[1])),
        new Outcome(3, cl.id() + " hedges", Payoff.values(p.pay[1], c.pay[2])),
        new Outcome(4, "both hedge", Payoff.values(p.pay[3], c.pay[3])));
    StrategicGame g = new StrategicGame("Alliance " + pa.id() + " (patron) and " + cl.id() + " (client) (" + s.metadata().id() + ")",
        "Snyder (1984) alliance security dilemma built by peninsula game build alliance",
        List.of(pa.id(), cl.id()), List.of(STRATEGIES, STRATEGIES), outcomes, new int[] {1, 2, 3, 4});
    List<Risks> risks = new ArrayList<>();
    for (MixedProfile x : new VertexEnumeration().solve(g)) {
      double cp = x.probability(0, 0).doubleValue();
      double cc = x.probability(1, 0).doubleValue();
      risks.add(new Risks(x, List.of(1 - cc, 1 - cp), List.of(p.delta * cp * cc, c.delta * cp * cc)));
    }
    TwoByTwoClass tp = TwoByTwoClass.of(p.pay);
    TwoByTwoClass tc = TwoByTwoClass.of(c.pay);
    String name = TwoByTwoClass.classification(pa.id(), tp, cl.id(), tc);
    List<Payoff> all = new ArrayList<>(List.of(p.pay));
    all.addAll(List.of(c.pay));
    return new Result(g, rel, name,
        List.of(new AllyThreshold(pa.id(), p.q, 1 - p.q, tp), new AllyThreshold(cl.id(), c.q, 1 - c.q, tc)),
        risks, riskDominant(g, risks, p, c), der, all);
  }

  private record Ally(Payoff[] pay, double delta, double q) {}

  private static Ally ally(Scenario s, List<Issue> issues, String i, String j, Derived ci, Derived cj, double gamma, List<Derived> der) {
    Derived dep = new Derived("D[" + i + "]", cj.value() / (ci.value() + cj.value()),
        cj.symbol() + " / (" + ci.symbol() + " + " + cj.symbol() + ")", List.of());
    Derived sigma = ScenarioValues.salience(s, issues, i);
    Derived delta = ScenarioValues.divergence(s, issues, i, j);
    double beta = dep.value() * sigma.value();
    double eps = delta.value() * sigma.value();
    der.add(dep);
    der.add(sigma);
    der.add(delta);
    der.add(new Derived("β[" + i + "]", beta, "D·σ = " + num(dep.value()) + "·" + num(sigma.value()), List.of()));
    der.add(new Derived("ε[" + i + "]", eps, "δ·σ = " + num(delta.value()) + "·" + num(sigma.value()), List.of()));
    double q = beta > 0 ? eps / ((1 - gamma) * beta) : Double.POSITIVE_INFINITY;
    der.add(new Derived("q*[" + i + "]", q, "ε / ((1 − γ)·β): commits iff P(" + j + " commits) ≥ q*", List.of()));
    String b = num(beta);
    String e = num(eps);
    Payoff[] pay = {
      Payoff.of(i, "both commit", beta - eps, "β − ε = " + b + " − " + e),
      Payoff.of(i, i + " commits, " + j + " hedges", -eps, "−ε = −" + e),
      Payoff.of(i, i + " hedges, " + j + " commits", gamma * beta, "γ·β = " + num(gamma) + "·" + b),
      Payoff.of(i, "both hedge", 0, "0"),
    };
    return new Ally(pay, delta.value(), q);
  }

  private static Optional<String> riskDominant(StrategicGame g, List<Risks> risks, Ally p, Ally c) {
    boolean cc = risks.stream().anyMatch(r -> isPure(r.equilibrium(), 0));
    boolean hh = risks.stream().anyMatch(r -> isPure(r.equilibrium(), 1));
    if (!cc || !hh) return Optional.empty();
    Rational commitLoss = p.pay[0].value().subtract(p.pay[2].value()).multiply(c.pay[0].value().subtract(c.pay[2].value()));
    Rational hedgeLoss = p.pay[3].value().subtract(p.pay[1].value()).multiply(c.pay[3].value().subtract(c.pay[1].value()));
    int cmp = commitLoss.compareTo(hedgeLoss);
    return Optional.of(cmp > 0 ? "both commit" : cmp < 0 ? "both hedge" : "neither (equal deviation-loss products)");
  }

  private static boolean isPure(MixedProfile x, int s) {
    return x.probability(0, s).equals(Rational.ONE) && x.probability(1, s).equals(Rational.ONE);
  }
}
