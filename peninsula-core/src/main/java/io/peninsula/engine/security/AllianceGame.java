package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import static io.peninsula.engine.security.ScenarioValues.num;
import static io.peninsula.engine.security.ScenarioValues.q;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.ExtensiveGame;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * of deviation losses) is named. Default γ = 0.5 (judgement). Payoffs in U ({@link ScenarioValues#UNIT}); the inputs
 * D, σ, δ and γ are rounded to 4 decimals once and everything after, payoffs, classes and q*, is exact, so
 * the classes and q* cannot disagree (q* &gt; 1 exactly when hedging dominates).
 */
public final class AllianceGame implements SecurityGame {
  public static final String NAME = "alliance";
  public static final List<String> STRATEGIES = List.of("Commit", "Hedge");
  static final RoleSpec PATRON = RoleSpec.actor("patron", "--patron", "the stronger ally");
  static final RoleSpec CLIENT = RoleSpec.actor("client", "--client", "the protégé");
  static final ParamSpec HEDGE = ParamSpec.real("hedge-share", "γ", "--hedge-share", 0.5, 0, 0.99,
      "share of the partner's support a hedging ally still gets",
      "Judgement: a hedging ally keeps half the support (the treaty stands, the commitment is vague), the middle of the range.");

  public record Params(String patron, String client, List<String> issues, OptionalDouble hedgeShare) {
    public Params {
      Objects.requireNonNull(patron, "patron");
      Objects.requireNonNull(client, "client");
      issues = List.copyOf(issues);
      Objects.requireNonNull(hedgeShare, "hedgeShare");
      if (patron.equals(client)) throw new InvalidInputException("patron and client must differ, both are " + patron);
      hedgeShare.ifPresent(HEDGE::check);
    }

    public static Params of(String patron, String client) {
      return new Params(patron, client, List.of(), OptionalDouble.empty());
    }
  }

  /** One ally's thresholds: q* and the abandonment risk it tolerates (1 − q*), plus its 2×2 class; exact. */
  public record AllyThreshold(String actor, Rational commitThreshold, Rational tolerableAbandonmentRisk, TwoByTwoClass type) {
    /** Whether hedging is a dominant choice (q* &gt; 1). */
    public boolean hedgingDominates() {
      return tolerableAbandonmentRisk.signum() < 0;
    }
  }

  /** An equilibrium and each ally's risks in it (patron first). */
  public record Risks(MixedProfile equilibrium, List<Rational> abandonment, List<Rational> entrapment) {
    public Risks {
      abandonment = List.copyOf(abandonment);
      entrapment = List.copyOf(entrapment);
    }
  }

  public record Result(StrategicGame game, Optional<Relation> relation, String classification, List<AllyThreshold> allies,
      List<Risks> equilibriumRisks, Optional<String> riskDominant, List<Derived> derivation, List<Payoff> payoffs) implements Built {
    public Result {
      allies = List.copyOf(allies);
      equilibriumRisks = List.copyOf(equilibriumRisks);
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }

    @Override
    public String title() {
      return game.title();
    }

    @Override
    public String model() {
      return "Snyder (1984) alliance security dilemma: β = D·σ, ε = δ·σ; CC = β − ε, HC = γ·β, CH = −ε, HH = 0; payoffs in U";
    }

    @Override
    public List<String> summary() {
      List<String> out = new ArrayList<>();
      out.add("classification: " + classification);
      relation.ifPresent(rel -> out.add("treaty: " + rel.id() + " (" + rel.type().name().toLowerCase(java.util.Locale.ROOT) + ")"));
      for (AllyThreshold a : allies)
        out.add("  " + a.actor() + ": " + a.type().label() + "; commits iff P(partner commits) ≥ q* = " + num(a.commitThreshold())
            + " (tolerable abandonment risk " + (a.hedgingDominates() ? "none: hedging dominates" : num(a.tolerableAbandonmentRisk())) + ")");
      riskDominant.ifPresent(d -> out.add("risk-dominant equilibrium: " + d));
      return out;
    }

    @Override
    public List<String> verdict() {
      List<String> out = new ArrayList<>();
      for (AllyThreshold a : allies) out.add(a.actor() + ": " + a.type().label());
      out.add("equilibria: " + Reports.supports(game, equilibriumRisks.stream().map(Risks::equilibrium).toList()));
      return out;
    }

    @Override
    public Optional<StrategicGame> strategic() {
      return Optional.of(game);
    }

    @Override
    public Optional<ExtensiveGame> extensive() {
      return Optional.empty();
    }

    @Override
    public String solver() {
      return "enummixed";
    }

    /** The equilibrium lines with each ally's risks under them. */
    @Override
    public List<String> equilibriumLines() {
      List<String> eq = new ArrayList<>(Reports.strategicLines(game, equilibriumRisks.stream().map(Risks::equilibrium).toList()));
      List<String> names = game.players();
      for (int k = 0; k < equilibriumRisks.size(); k++) {
        var x = equilibriumRisks.get(k);
        eq.set(k, eq.get(k) + "\n     abandonment risk " + names.get(0) + " " + num(x.abandonment().get(0)) + ", " + names.get(1) + " "
            + num(x.abandonment().get(1)) + "; entrapment risk " + names.get(0) + " " + num(x.entrapment().get(0)) + ", " + names.get(1)
            + " " + num(x.entrapment().get(1)));
      }
      return eq;
    }

    @Override
    public Map<String, Object> analysis() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("classification", classification);
      List<Object> al = new ArrayList<>();
      for (AllyThreshold a : allies)
        al.add(Reports.map("actor", a.actor(), "class", a.type().label(), "commitThreshold", a.commitThreshold().toString(),
            "tolerableAbandonmentRisk", a.tolerableAbandonmentRisk().toString(), "hedgingDominates", a.hedgingDominates()));
      m.put("allies", al);
      m.put("riskDominant", riskDominant.orElse(null));
      List<Object> risks = new ArrayList<>();
      for (Risks r : equilibriumRisks)
        risks.add(Reports.map("abandonment", r.abandonment().stream().map(Rational::toString).toList(), "entrapment",
            r.entrapment().stream().map(Rational::toString).toList()));
      m.put("risks", risks);
      return m;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Snyder (1984) alliance security dilemma; 2x2, enummixed";
  }

  @Override
  public String citation() {
    return "Snyder, G. H. (1984). The Security Dilemma in Alliance Politics. World Politics 36(4), 461-495.";
  }

  @Override
  public List<RoleSpec> roles() {
    return List.of(PATRON, CLIENT);
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(HEDGE);
  }

  @Override
  public Result build(Scenario s, GameInputs in) {
    return build(s, new Params(role1(s, in, PATRON), role1(s, in, CLIENT), in.issues(), in.param(HEDGE.name())));
  }

  public Result build(Scenario s, Params params) {
    Actor pa = ScenarioValues.actor(s, params.patron(), "patron");
    Actor cl = ScenarioValues.actor(s, params.client(), "client");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), pa.id(), cl.id());
    Optional<Relation> rel = s.relations().stream()
        .filter(r -> r.involves(pa.id()) && r.involves(cl.id()))
        .min((x, y) -> Boolean.compare(x.type() != RelationType.DEFENSE, y.type() != RelationType.DEFENSE));
    List<Derived> der = new ArrayList<>();
    Rational gamma = q(params.hedgeShare().orElse(HEDGE.defaultValue().getAsDouble()));
    der.add(Derived.param(HEDGE, gamma.doubleValue(), params.hedgeShare().isEmpty()));
    rel.ifPresent(r -> der.add(new Derived("relation", 1, r.id() + ": " + r.type().name().toLowerCase(java.util.Locale.ROOT)
        + " treaty" + (r.since().isPresent() ? " since " + r.since().getAsInt() : ""), List.of(r.source().sourceId()))));
    Derived cP = ScenarioValues.stateCapability(s, pa);
    Derived cC = ScenarioValues.stateCapability(s, cl);
    der.add(cP);
    der.add(cC);
    Rational depP = q(cC.value() / (cP.value() + cC.value()));
    Rational depC = Rational.ONE.subtract(depP);
    Ally p = ally(s, issues, pa.id(), cl.id(), depP, cC, cP, gamma, der, false);
    Ally c = ally(s, issues, cl.id(), pa.id(), depC, cP, cC, gamma, der, true);
    // profiles, first player fastest: (C,C) (H,C) (C,H) (H,H); ally payoffs {R=CC, S=CH, T=HC, P=HH}
    List<Outcome> outcomes = List.of(
        new Outcome(1, "both commit", Payoff.values(p.pay[0], c.pay[0])),
        new Outcome(2, pa.id() + " hedges", Payoff.values(p.pay[2], c.pay[1])),
        new Outcome(3, cl.id() + " hedges", Payoff.values(p.pay[1], c.pay[2])),
        new Outcome(4, "both hedge", Payoff.values(p.pay[3], c.pay[3])));
    StrategicGame g = new StrategicGame("Alliance " + pa.id() + " (patron) and " + cl.id() + " (client) (" + s.metadata().id() + ")",
        "Snyder (1984) alliance security dilemma built by peninsula game build alliance; payoffs in U",
        List.of(pa.id(), cl.id()), List.of(STRATEGIES, STRATEGIES), outcomes, new int[] {1, 2, 3, 4});
    List<Risks> risks = new ArrayList<>();
    for (MixedProfile x : new VertexEnumeration().solve(g)) {
      Rational cp = x.probability(0, 0);
      Rational cc = x.probability(1, 0);
      risks.add(new Risks(x, List.of(Rational.ONE.subtract(cc), Rational.ONE.subtract(cp)),
          List.of(p.delta.multiply(cp).multiply(cc), c.delta.multiply(cp).multiply(cc))));
    }
    TwoByTwoClass tp = TwoByTwoClass.of(p.pay);
    TwoByTwoClass tc = TwoByTwoClass.of(c.pay);
    String name = TwoByTwoClass.classification(pa.id(), tp, cl.id(), tc);
    List<Payoff> all = new ArrayList<>(List.of(p.pay));
    all.addAll(List.of(c.pay));
    return new Result(g, rel, name,
        List.of(new AllyThreshold(pa.id(), p.q, Rational.ONE.subtract(p.q), tp), new AllyThreshold(cl.id(), c.q, Rational.ONE.subtract(c.q), tc)),
        risks, riskDominant(risks, p, c), der, all);
  }

  private record Ally(Payoff[] pay, Rational delta, Rational q) {}

  private static Ally ally(Scenario s, List<Issue> issues, String i, String j, Rational dependence, Derived cj, Derived ci, Rational gamma,
      List<Derived> der, boolean complement) {
    Derived dep = Derived.mapping("D[" + i + "]", dependence.doubleValue(), complement ? "1 − D[" + j + "]"
        : cj.symbol() + " / (" + ci.symbol() + " + " + cj.symbol() + ")", List.of(),
        "Snyder's dependence: how much i needs the partner, read as the partner's share of the pair's capability.");
    Derived sigma = ScenarioValues.salience(s, issues, i);
    Derived delta = ScenarioValues.divergence(s, issues, i, j);
    Rational sg = q(sigma.value());
    Rational dl = q(delta.value());
    Rational beta = dependence.multiply(sg);
    Rational eps = dl.multiply(sg);
    der.add(dep);
    der.add(sigma);
    der.add(delta);
    der.add(Derived.mapping("β[" + i + "]", beta.doubleValue(), "D·σ = " + num(dependence) + "·" + num(sg) + " U", List.of(),
        "Snyder: the value of the partner's support grows with dependence and with the interest at stake."));
    der.add(Derived.mapping("ε[" + i + "]", eps.doubleValue(), "δ·σ = " + num(dl) + "·" + num(sg) + " U", List.of(),
        "Snyder: the cost of entrapment grows with how far the partner's interests diverge from one's own."));
    Rational oneMinusGamma = Rational.ONE.subtract(gamma);
    // β = 0: committing never pays; q* is then a stand-in above 1 (or 0 when nothing is at stake either way)
    Rational q = beta.signum() > 0 ? eps.divide(oneMinusGamma.multiply(beta)) : eps.signum() > 0 ? Rational.of(1_000_000) : Rational.ZERO;
    der.add(new Derived("q*[" + i + "]", q.doubleValue(), "ε / ((1 − γ)·β): commits iff P(" + j + " commits) ≥ q*"
        + (beta.signum() > 0 ? "" : " (β = 0: never)"), List.of()));
    String b = num(beta);
    String e = num(eps);
    Payoff[] pay = {
      new Payoff(i, "both commit", beta.subtract(eps), "β − ε = " + b + " − " + e),
      new Payoff(i, i + " commits, " + j + " hedges", eps.negate(), "−ε = −" + e),
      new Payoff(i, i + " hedges, " + j + " commits", gamma.multiply(beta), "γ·β = " + num(gamma) + "·" + b),
      new Payoff(i, "both hedge", Rational.ZERO, "0"),
    };
    return new Ally(pay, dl, q);
  }

  private static Optional<String> riskDominant(List<Risks> risks, Ally p, Ally c) {
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
