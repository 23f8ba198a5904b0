package io.peninsula.engine.security;

import static io.peninsula.engine.security.ScenarioValues.num;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Crisis bargaining over one issue: the bargaining range, and the proposer's optimal
 * take-it-or-leave-it offer when it is unsure of the responder's cost of war (the risk–return
 * trade-off), computed in closed form and also built as a small extensive game solved by backward
 * induction.
 *
 * <p><b>Model</b> (Fearon 1995, "Rationalist Explanations for War", International Organization
 * 49(3), 379–414: the bargaining range, and the risk–return trade-off under private information
 * about costs; Powell 1999, <i>In the Shadow of Power</i>, Princeton UP; Powell 2006, "War as a
 * Commitment Problem", IO 60(1)). The good is the segment of the issue scale between the
 * two actors' positions; the responder's share y ∈ [0, 1] puts the settlement at
 * x_P + y·(x_R − x_P). War gives the responder p_R − c_R and the proposer p_P − c_P, with
 * p_i = C_i/(C_P + C_R) (state capabilities) and c_i in units of the good:
 *
 * <pre>
 *   c_i = (κ_conv·p_j + κ_nuc·N_j) / s_i       war cost (as in {@link DeterrenceGame}) over i's salience on the issue
 *   bargaining range (responder's share):  [p_R − c_R, p_R + c_P]      (Fearon's [p − c_A, p + c_B])
 * </pre>
 *
 * <b>Risk–return trade-off.</b> The proposer knows c_R only to be uniform on [c̲, c̄] =
 * [c_R(1 − u), c_R(1 + u)]. The responder accepts y iff y ≥ p_R − c_R, so
 * P(accept | y) = F(y) = (c̄ − p_R + y)/(c̄ − c̲) on [p_R − c̄, p_R − c̲]. The proposer maximises
 * F(y)·(1 − y) + (1 − F(y))·(p_P − c_P); the first-order condition gives
 *
 * <pre>
 *   y* = p_R + (c_P − c̄)/2,   clamped to [max(0, p_R − c̄), min(1, p_R − c̲)]
 *   P(war) = 1 − F(y*) = (c̄ − c_P − 2c̲) / (2(c̄ − c̲))   when y* is interior
 * </pre>
 *
 * so war has positive probability whenever c̄ &gt; c_P + 2c̲: the proposer accepts a risk of war in
 * return for a better deal. The game form discretises the same model: the proposer picks one of
 * {@code offers} equally spaced shares, chance draws one of {@code types} equally likely costs (the
 * midpoints of equal slices of [c̲, c̄]), the responder accepts or fights; its backward-induction
 * offer approximates y* to the grid. Defaults: κ_conv = κ_nuc = 0.5 (as deterrence), u = 0.5,
 * 11 offers, 5 types (judgements, docs/games.md).
 */
public final class CrisisBargaining {
  public static final double DEFAULT_COST_UNCERTAINTY = 0.5;
  public static final int DEFAULT_OFFERS = 11;
  public static final int DEFAULT_TYPES = 5;

  public record Params(String proposer, String responder, Optional<String> issue, OptionalDouble conventionalCost,
      OptionalDouble nuclearCost, OptionalDouble costUncertainty, OptionalInt offers, OptionalInt types) {
    public Params {
      Objects.requireNonNull(proposer, "proposer");
      Objects.requireNonNull(responder, "responder");
      Objects.requireNonNull(issue, "issue");
      if (proposer.equals(responder)) throw new IllegalArgumentException("proposer and responder must differ, both are " + proposer);
      DeterrenceGame.Params.nonNegative("conventional war cost", conventionalCost);
      DeterrenceGame.Params.nonNegative("nuclear war cost", nuclearCost);
      if (costUncertainty.isPresent() && !(costUncertainty.getAsDouble() >= 0 && costUncertainty.getAsDouble() <= 1))
        throw new IllegalArgumentException("cost uncertainty must be in [0, 1], got " + costUncertainty.getAsDouble());
      if (offers.isPresent() && !(offers.getAsInt() >= 2 && offers.getAsInt() <= 101))
        throw new IllegalArgumentException("offers must be in [2, 101], got " + offers.getAsInt());
      if (types.isPresent() && !(types.getAsInt() >= 1 && types.getAsInt() <= 50))
        throw new IllegalArgumentException("types must be in [1, 50], got " + types.getAsInt());
    }

    public static Params of(String proposer, String responder, String issue) {
      return new Params(proposer, responder, Optional.of(issue), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalInt.empty(), OptionalInt.empty());
    }
  }

  /**
   * All shares are the responder's. {@code rangeLow..rangeHigh} is the bargaining range (before
   * clipping to [0, 1]); {@code offer} and {@code warProbability} the closed-form optimum;
   * {@code gridOffer} and {@code gridWarProbability} the backward-induction solution of
   * {@code game}; {@code proposerThreatCredible} whether the proposer prefers war to conceding the
   * whole good (p_P − c_P &gt; 0), without which the responder need not take the offer seriously.
   */
  public record Result(Issue issue, double positionProposer, double positionResponder, double rangeLow, double rangeHigh,
      double costLow, double costHigh, double offer, double warProbability, double gridOffer, double gridWarProbability,
      boolean proposerThreatCredible, ExtensiveGame game, BehaviorProfile spe, List<Derived> derivation) {
    public Result {
      derivation = List.copyOf(derivation);
    }

    /** The point on the issue scale that gives the responder share y. */
    public double position(double y) {
      return positionProposer + y * (positionResponder - positionProposer);
    }
  }

  public Result build(Scenario s, Params params) {
    Actor pa = ScenarioValues.actor(s, params.proposer(), "proposer");
    Actor ra = ScenarioValues.actor(s, params.responder(), "responder");
    Issue issue = params.issue().isPresent() ? ScenarioValues.issues(s, List.of(params.issue().get())).get(0)
        : ScenarioValues.common(s, ScenarioValues.issues(s, List.of()), pa.id(), ra.id()).get(0);
    Position xp = s.position(pa.id(), issue.id()).orElseThrow(() -> noPosition(pa.id(), issue));
    Position xr = s.position(ra.id(), issue.id()).orElseThrow(() -> noPosition(ra.id(), issue));
    if (xp.position() == xr.position())
      throw new IllegalArgumentException(pa.id() + " and " + ra.id() + " both stand at " + num(xp.position()) + " on " + issue.id()
          + ": there is nothing to bargain over");
    List<Derived> der = new ArrayList<>();
    double kc = params.conventionalCost().orElse(DeterrenceGame.DEFAULT_CONVENTIONAL_COST);
    double kn = params.nuclearCost().orElse(DeterrenceGame.DEFAULT_NUCLEAR_COST);
    double u = params.costUncertainty().orElse(DEFAULT_COST_UNCERTAINTY);
    int nOffers = params.offers().orElse(DEFAULT_OFFERS);
    int nTypes = params.types().orElse(DEFAULT_TYPES);
    der.add(Derived.param("κ_conv", kc, "war cost per unit of the rival's capability share", params.conventionalCost().isEmpty()));
    der.add(Derived.param("κ_nuc", kn, "war cost added by a nuclear-armed rival", params.nuclearCost().isEmpty()));
    der.add(Derived.param("u", u, "relative spread of the responder's cost the proposer is unsure of", params.costUncertainty().isEmpty()));
    der.add(new Derived("x[" + pa.id() + "]", xp.position(), "position of " + pa.id() + " on " + issue.id(), List.of(xp.source().sourceId())));
    der.add(new Derived("x[" + ra.id() + "]", xr.position(), "position of " + ra.id() + " on " + issue.id(), List.of(xr.source().sourceId())));
    ScenarioValues.Balance bal = ScenarioValues.balance(s, pa, ra, der);
    double pP = bal.shareI();
    double pR = bal.shareJ();
    Derived costP = cost(pa.id(), ra.id(), xp, kc, pR, kn, bal.nuclearJ(), issue);
    Derived costR = cost(ra.id(), pa.id(), xr, kc, pP, kn, bal.nuclearI(), issue);
    der.add(costP);
    der.add(costR);
    double p = pR;
    double cp = costP.value();
    double lo = costR.value() * (1 - u);
    double hi = costR.value() * (1 + u);
    der.add(new Derived("range", p - costR.value(), "responder's share in [p_R − c_R, p_R + c_P] = [" + num(p - costR.value()) + ", "
        + num(p + cp) + "]", List.of()));
    double offer = optimalOffer(p, cp, lo, hi);
    double war = 1 - accept(offer, p, lo, hi);
    der.add(new Derived("y*", offer, "clamp(p_R + (c_P − c̄)/2 = " + num(p) + " + (" + num(cp) + " − " + num(hi) + ")/2, [max(0, p_R − c̄), min(1, p_R − c̲)])",
        List.of()));
    der.add(new Derived("P(war)", war, "1 − F(y*), F(y) = (c̄ − p_R + y)/(c̄ − c̲), c ~ U[" + num(lo) + ", " + num(hi) + "]", List.of()));
    ExtensiveGame g = game(s, pa.id(), ra.id(), issue, pP, p, cp, lo, hi, nOffers, nTypes);
    BehaviorProfile spe = new BackwardInduction().solve(g).get(0); // ties: the lower offer, Accept
    int k = 0;
    while (spe.probability(0, 0, k).signum() == 0) k++;
    double gridOffer = (double) k / (nOffers - 1);
    int rejecting = 0;
    for (int t = 0; t < nTypes; t++) if (spe.probability(1, k * nTypes + t, 1).signum() > 0) rejecting++;
    return new Result(issue, xp.position(), xr.position(), p - costR.value(), p + cp, lo, hi, offer, war, gridOffer,
        (double) rejecting / nTypes, pP - cp > 0, g, spe, der);
  }

  /** The closed-form optimum (see class comment). */
  public static double optimalOffer(double pR, double cP, double lo, double hi) {
    double lower = Math.max(0, pR - hi);
    double upper = Math.min(1, pR - lo);
    if (upper <= 0) return 0;
    if (lower >= 1) return 1;
    if (lower > upper) return upper;
    return Math.max(lower, Math.min(upper, pR + (cP - hi) / 2));
  }

  /** P(the responder accepts y) when its cost is uniform on [lo, hi]. */
  public static double accept(double y, double pR, double lo, double hi) {
    double threshold = pR - y; // accepts iff c >= pR - y
    if (hi <= lo) return lo >= threshold ? 1 : 0;
    return Math.max(0, Math.min(1, (hi - threshold) / (hi - lo)));
  }

  private static IllegalArgumentException noPosition(String actor, Issue issue) {
    return new IllegalArgumentException(actor + " has no position on issue " + issue.id());
  }

  private static Derived cost(String i, String j, Position xi, double kc, double pj, double kn, double nj, Issue issue) {
    if (!(xi.salience() > 0))
      throw new IllegalArgumentException(i + " has salience 0 on " + issue.id() + ": its war cost relative to the issue is unbounded");
    double c = (kc * pj + kn * nj) / xi.salience();
    return new Derived("c[" + i + "]", c, "(κ_conv·p[" + j + "] + κ_nuc·N[" + j + "]) / s = (" + num(kc) + "·" + num(pj) + " + "
        + num(kn) + "·" + num(nj) + ") / " + num(xi.salience()), List.of(xi.salienceSource().orElse(xi.source()).sourceId()));
  }

  private static ExtensiveGame game(Scenario s, String pName, String rName, Issue issue, double pP, double pR, double cP, double lo,
      double hi, int nOffers, int nTypes) {
    List<String> offerLabels = new ArrayList<>();
    for (int k = 0; k < nOffers; k++) offerLabels.add("offer " + num((double) k / (nOffers - 1)));
    List<String> typeLabels = new ArrayList<>();
    List<Rational> typeProbs = new ArrayList<>();
    double[] costs = new double[nTypes];
    for (int t = 0; t < nTypes; t++) {
      costs[t] = lo + (t + 0.5) * (hi - lo) / nTypes;
      typeLabels.add("cost " + num(costs[t]));
      typeProbs.add(Rational.of(1, nTypes));
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<InfoSet> responderSets = new ArrayList<>();
    List<GameNode> offerNodes = new ArrayList<>();
    Rational warP = Payoff.exact(pP - cP);
    for (int k = 0; k < nOffers; k++) {
      double y = (double) k / (nOffers - 1);
      Outcome acc = new Outcome(outcomes.size() + 1, "accept " + num(y), List.of(Payoff.exact(1 - y), Payoff.exact(y)));
      outcomes.add(acc);
      List<GameNode> typeNodes = new ArrayList<>();
      for (int t = 0; t < nTypes; t++) {
        Outcome war = new Outcome(outcomes.size() + 1, "war, responder cost " + num(costs[t]), List.of(warP, Payoff.exact(pR - costs[t])));
        outcomes.add(war);
        int set = responderSets.size();
        responderSets.add(new InfoSet(1, set, "offer " + num(y) + ", cost " + num(costs[t]), List.of("Accept", "Fight"), List.of()));
        typeNodes.add(GameNode.decision("", 1, set, List.of(GameNode.terminal("", Optional.of(acc)), GameNode.terminal("", Optional.of(war))),
            Optional.empty()));
      }
      offerNodes.add(GameNode.decision("", ExtensiveGame.CHANCE, 0, typeNodes, Optional.empty()));
    }
    GameNode root = GameNode.decision("", 0, 0, offerNodes, Optional.empty());
    return new ExtensiveGame("Crisis bargaining " + pName + " proposes to " + rName + " on " + issue.id() + " (" + s.metadata().id() + ")",
        "Fearon (1995) take-it-or-leave-it offer under uncertainty about the responder's cost; shares of the good are the responder's",
        List.of(pName, rName), root,
        List.of(List.of(new InfoSet(0, 0, "offer", offerLabels, List.of())), responderSets),
        List.of(new InfoSet(ExtensiveGame.CHANCE, 0, "responder's cost", typeLabels, typeProbs)), outcomes);
  }
}
