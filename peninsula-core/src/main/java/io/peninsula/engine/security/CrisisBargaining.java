package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import static io.peninsula.engine.security.ScenarioValues.num;
import static io.peninsula.engine.security.ScenarioValues.q;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Crisis bargaining over one issue: the bargaining range, and the proposer's optimal
 * take-it-or-leave-it offer when it is unsure of the responder's cost of war (the risk–return
 * trade-off), in closed form (exact) and as a small extensive game solved by backward induction.
 *
 * <p><b>Model</b> (Fearon 1995, "Rationalist Explanations for War", International Organization
 * 49(3), 379–414, the bargaining range and the risk–return trade-off; Powell 1999, <i>In the Shadow
 * of Power</i>, ch. 3). The good is the segment of issue k between the two actors' positions,
 * normalised to [0, 1]; the responder R's share y puts the settlement at x_P + y·(x_R − x_P). War
 * gives R p_R − c̃_R and the proposer P p_P − c̃_P. War costs are the games' common ones, in U
 * ({@link ScenarioValues#UNIT}), put on the segment's scale by the segment's worth to each side:
 *
 * <pre>
 *   V_i = s_ik·|x_R − x_P| / (range_k·n)     the whole segment's worth to i, in U
 *   c̃_i = c_i / V_i,  c_i = κ_conv·p_j + κ_nuc·N_j
 *   bargaining range (R's share): [p_R − c̃_R, p_R + c̃_P]      (Fearon's [p − c_A, p + c_B])
 * </pre>
 *
 * <b>Risk–return trade-off.</b> P knows R's cost only to be uniform on [c_R − h, c_R + h] U, a
 * <i>fixed</i> spread h (Fearon's [c̲, c̄] with c̄ − c̲ given): in shares, [c̲, c̄] = [c̃_R − h̃,
 * c̃_R + h̃], h̃ = h/V_R. R accepts y iff y ≥ p_R − c̃, so F(y) = (c̄ − p_R + y)/(c̄ − c̲); P
 * maximises F(y)(1 − y) + (1 − F(y))(p_P − c̃_P):
 *
 * <pre>
 *   y* = p_R + (c̃_P − c̄)/2,  clamped to [max(0, p_R − c̄), min(1, p_R − c̲)]
 *   P(war) = 1 − F(y*) = (3h̃ − c̃_R − c̃_P)/(4h̃)  when y* is interior
 * </pre>
 *
 * so P(war) falls as either side's war cost rises, as in Fearon. With c_R &lt; h the lowest types
 * have negative costs (they would fight for its own sake); a departure from Fearon's c ≥ 0 that
 * keeps the spread fixed. The game form discretises the same model ({@code offers} equally spaced
 * shares, {@code types} equally likely costs at the midpoints of equal slices of [c̲, c̄]).
 */
public final class CrisisBargaining implements SecurityGame {
  public static final String NAME = "crisis-bargaining";
  static final RoleSpec PROPOSER = RoleSpec.actor("proposer", "--proposer", "the side making the take-it-or-leave-it demand");
  static final RoleSpec RESPONDER = RoleSpec.actor("responder", "--responder", "the side accepting or fighting");
  static final RoleSpec ISSUE = new RoleSpec("issue", "--issue", 1, true, "the disputed issue");
  static final ParamSpec SPREAD = ParamSpec.real("cost-spread", "h", "--cost-spread", 0.25, 0.01, 1,
      "half-width of the proposer's uncertainty about the responder's war cost, in U",
      "Judgement: the proposer can misjudge the responder's war cost by up to a quarter of the agenda's worth either way, half the "
          + "default cost of a war against a nuclear rival.");
  static final ParamSpec OFFERS = new ParamSpec("offers", "offers", "--offers", OptionalDouble.of(11), 2, 101, true,
      "offers in the grid game", "Numerical: 11 offers, steps of 0.1 of the segment.");
  static final ParamSpec TYPES = new ParamSpec("types", "types", "--types", OptionalDouble.of(5), 1, 50, true,
      "cost types in the grid game", "Numerical: 5 equally likely cost types.");

  public record Params(String proposer, String responder, String issue, List<String> issues, OptionalDouble conventionalCost,
      OptionalDouble nuclearCost, OptionalDouble costSpread, OptionalInt offers, OptionalInt types) {
    public Params {
      Objects.requireNonNull(proposer, "proposer");
      Objects.requireNonNull(responder, "responder");
      Objects.requireNonNull(issue, "issue");
      issues = List.copyOf(issues);
      if (proposer.equals(responder)) throw new InvalidInputException("proposer and responder must differ, both are " + proposer);
      conventionalCost.ifPresent(ScenarioValues.CONVENTIONAL_COST::check);
      nuclearCost.ifPresent(ScenarioValues.NUCLEAR_COST::check);
      costSpread.ifPresent(SPREAD::check);
      offers.ifPresent(OFFERS::check);
      types.ifPresent(TYPES::check);
    }

    public static Params of(String proposer, String responder, String issue) {
      return new Params(proposer, responder, issue, List.of(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalInt.empty(), OptionalInt.empty());
    }
  }

  /**
   * All shares are the responder's, exact. {@code rangeLow..rangeHigh} is the bargaining range
   * (before clipping to [0, 1]); {@code costLow..costHigh} the responder's cost in shares;
   * {@code offer} and {@code warProbability} the closed-form optimum; {@code gridOffer} and
   * {@code gridWarProbability} the backward-induction solution of {@code game};
   * {@code proposerThreatCredible} whether the proposer prefers war to conceding the whole
   * segment (p_P − c̃_P &gt; 0).
   */
  public record Result(Issue issue, String proposer, String responder, double positionProposer, double positionResponder, Rational rangeLow,
      Rational rangeHigh, Rational costLow, Rational costHigh, Rational offer, Rational warProbability, double gridOffer,
      double gridWarProbability, boolean proposerThreatCredible, ExtensiveGame game, BehaviorProfile spe, List<Derived> derivation)
      implements Built {
    public Result {
      derivation = List.copyOf(derivation);
    }

    /** The point on the issue scale that gives the responder share y. */
    public double position(double y) {
      return positionProposer + y * (positionResponder - positionProposer);
    }

    @Override
    public String title() {
      return game.title();
    }

    @Override
    public String model() {
      return "Fearon (1995) bargaining range and risk-return trade-off, fixed cost spread: y* = p_R + (c̃_P − c̄)/2, P(war) = 1 − F(y*); "
          + "costs in U put on the segment's scale";
    }

    @Override
    public List<String> summary() {
      List<String> out = new ArrayList<>();
      out.add("issue " + issue.id() + ": " + proposer + " at " + num(positionProposer) + ", " + responder + " at " + num(positionResponder)
          + "; shares are " + responder + "'s");
      out.add("bargaining range [p_R − c̃_R, p_R + c̃_P] = [" + num(rangeLow) + ", " + num(rangeHigh) + "]: positions "
          + num(position(clip(rangeLow.doubleValue()))) + " to " + num(position(clip(rangeHigh.doubleValue()))));
      out.add("responder's cost, in shares of the segment, uniform on [" + num(costLow) + ", " + num(costHigh) + "]");
      String label = issue.describe(position(offer.doubleValue()));
      out.add("optimal offer y* = " + num(offer) + " → position " + num(position(offer.doubleValue())) + (label.isEmpty() ? "" : " (" + label + ")"));
      out.add("probability of war " + num(warProbability));
      out.add("grid game (spe): offer " + num(gridOffer) + ", war in " + num(gridWarProbability) + " of the cost types");
      if (!proposerThreatCredible)
        out.add("caution: the proposer's war payoff p_P − c̃_P ≤ 0: it would rather concede everything than fight, so its threat is not credible");
      return out;
    }

    @Override
    public List<String> verdict() {
      String demand = offer.signum() == 0 ? "the proposer demands the whole segment"
          : offer.equals(Rational.ONE) ? "the proposer concedes the whole segment" : "an interior offer";
      return List.of(demand, warProbability.signum() > 0 ? "war has positive probability" : "no risk of war",
          "proposer's threat credible " + (proposerThreatCredible ? "yes" : "no"));
    }

    @Override
    public Optional<StrategicGame> strategic() {
      return Optional.empty();
    }

    @Override
    public Optional<ExtensiveGame> extensive() {
      return Optional.of(game);
    }

    @Override
    public List<Payoff> payoffs() {
      return List.of();
    }

    @Override
    public String solver() {
      return "spe";
    }

    @Override
    public List<String> equilibriumLines() {
      return List.of("1. " + proposer + " offers " + num(gridOffer) + "; " + responder + " accepts iff the offer is at least p_R − its cost");
    }

    @Override
    public Map<String, Object> analysis() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", issue.id());
      m.put("rangeLow", rangeLow.toString());
      m.put("rangeHigh", rangeHigh.toString());
      m.put("costLow", costLow.toString());
      m.put("costHigh", costHigh.toString());
      m.put("offer", offer.toString());
      m.put("offerPosition", position(offer.doubleValue()));
      m.put("warProbability", warProbability.toString());
      m.put("gridOffer", gridOffer);
      m.put("gridWarProbability", gridWarProbability);
      m.put("proposerThreatCredible", proposerThreatCredible);
      return m;
    }

    private static double clip(double y) {
      return Math.max(0, Math.min(1, y));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Fearon (1995) crisis bargaining; closed form and a grid game, spe";
  }

  @Override
  public String citation() {
    return "Fearon, J. D. (1995). Rationalist Explanations for War. International Organization 49(3), 379-414; Powell, R. (1999). "
        + "In the Shadow of Power. Princeton UP.";
  }

  @Override
  public List<RoleSpec> roles() {
    return List.of(PROPOSER, RESPONDER, ISSUE);
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ScenarioValues.CONVENTIONAL_COST, ScenarioValues.NUCLEAR_COST, SPREAD, OFFERS, TYPES);
  }

  @Override
  public Result build(Scenario s, GameInputs in) {
    return build(s, new Params(role1(s, in, PROPOSER), role1(s, in, RESPONDER), role1(s, in, ISSUE), in.issues(),
        in.param(ScenarioValues.CONVENTIONAL_COST.name()), in.param(ScenarioValues.NUCLEAR_COST.name()), in.param(SPREAD.name()),
        integer(in, OFFERS), integer(in, TYPES)));
  }

  private static OptionalInt integer(GameInputs in, ParamSpec p) {
    OptionalDouble v = in.param(p.name());
    if (v.isEmpty()) return OptionalInt.empty();
    p.check(v.getAsDouble());
    return OptionalInt.of((int) v.getAsDouble());
  }

  public Result build(Scenario s, Params params) {
    Actor pa = ScenarioValues.actor(s, params.proposer(), "proposer");
    Actor ra = ScenarioValues.actor(s, params.responder(), "responder");
    Issue issue = ScenarioValues.issue(s, params.issue());
    int n = ScenarioValues.issues(s, params.issues()).size();
    Position xp = s.position(pa.id(), issue.id()).orElseThrow(() -> noPosition(pa.id(), issue));
    Position xr = s.position(ra.id(), issue.id()).orElseThrow(() -> noPosition(ra.id(), issue));
    if (xp.position() == xr.position())
      throw new InvalidInputException(pa.id() + " and " + ra.id() + " both stand at " + num(xp.position()) + " on " + issue.id()
          + ": there is nothing to bargain over");
    List<Derived> der = new ArrayList<>();
    Rational kc = q(params.conventionalCost().orElse(ScenarioValues.CONVENTIONAL_COST.defaultValue().getAsDouble()));
    Rational kn = q(params.nuclearCost().orElse(ScenarioValues.NUCLEAR_COST.defaultValue().getAsDouble()));
    Rational h = q(params.costSpread().orElse(SPREAD.defaultValue().getAsDouble()));
    int nOffers = params.offers().orElse((int) OFFERS.defaultValue().getAsDouble());
    int nTypes = params.types().orElse((int) TYPES.defaultValue().getAsDouble());
    der.add(Derived.param(ScenarioValues.CONVENTIONAL_COST, kc.doubleValue(), params.conventionalCost().isEmpty()));
    der.add(Derived.param(ScenarioValues.NUCLEAR_COST, kn.doubleValue(), params.nuclearCost().isEmpty()));
    der.add(Derived.param(SPREAD, h.doubleValue(), params.costSpread().isEmpty()));
    der.add(new Derived("x[" + pa.id() + "]", xp.position(), "position of " + pa.id() + " on " + issue.id(), List.of(xp.source().sourceId())));
    der.add(new Derived("x[" + ra.id() + "]", xr.position(), "position of " + ra.id() + " on " + issue.id(), List.of(xr.source().sourceId())));
    ScenarioValues.Balance bal = ScenarioValues.balance(s, pa, ra, der);
    Rational pP = bal.shareI();
    Rational pR = bal.shareJ();
    Rational span = q(Math.abs(xr.position() - xp.position())).divide(q(issue.range()).multiply(Rational.of(n)));
    Rational vP = segmentWorth(pa.id(), xp, span, issue, n, der);
    Rational vR = segmentWorth(ra.id(), xr, span, issue, n, der);
    Derived cPD = ScenarioValues.warCost(pa.id(), ra.id(), kc, pR, kn, bal.nuclearJ());
    Derived cRD = ScenarioValues.warCost(ra.id(), pa.id(), kc, pP, kn, bal.nuclearI());
    der.add(cPD);
    der.add(cRD);
    Rational cP = kc.multiply(pR).add(kn.multiply(bal.nuclearJ())).divide(vP);
    Rational cR = kc.multiply(pP).add(kn.multiply(bal.nuclearI())).divide(vR);
    Rational hs = h.divide(vR);
    der.add(new Derived("c̃[" + pa.id() + "]", cP.doubleValue(), "c / V = " + num(cPD.value()) + " / " + num(vP) + " (shares of the segment)", List.of()));
    der.add(new Derived("c̃[" + ra.id() + "]", cR.doubleValue(), "c / V = " + num(cRD.value()) + " / " + num(vR) + " (shares of the segment)", List.of()));
    der.add(new Derived("h̃", hs.doubleValue(), "h / V[" + ra.id() + "] = " + num(h) + " / " + num(vR) + " (shares of the segment)", List.of()));
    Rational lo = cR.subtract(hs);
    Rational hi = cR.add(hs);
    der.add(new Derived("range", pR.subtract(cR).doubleValue(), "responder's share in [p_R − c̃_R, p_R + c̃_P] = [" + num(pR.subtract(cR)) + ", "
        + num(pR.add(cP)) + "]", List.of()));
    Rational offer = optimalOffer(pR, cP, lo, hi);
    Rational war = Rational.ONE.subtract(accept(offer, pR, lo, hi));
    der.add(new Derived("y*", offer.doubleValue(), "clamp(p_R + (c̃_P − c̄)/2 = " + num(pR) + " + (" + num(cP) + " − " + num(hi)
        + ")/2, [max(0, p_R − c̄), min(1, p_R − c̲)])", List.of()));
    der.add(new Derived("P(war)", war.doubleValue(), "1 − F(y*), F(y) = (c̄ − p_R + y)/(c̄ − c̲), c̃ ~ U[" + num(lo) + ", " + num(hi) + "]",
        List.of()));
    ExtensiveGame g = game(s, pa.id(), ra.id(), issue, pP.subtract(cP), pR, lo, hi, nOffers, nTypes);
    BehaviorProfile spe = new BackwardInduction().solve(g).get(0); // ties: the lower offer, Accept
    int k = 0;
    while (spe.probability(0, 0, k).signum() == 0) k++;
    double gridOffer = (double) k / (nOffers - 1);
    int rejecting = 0;
    for (int t = 0; t < nTypes; t++) if (spe.probability(1, k * nTypes + t, 1).signum() > 0) rejecting++;
    return new Result(issue, pa.id(), ra.id(), xp.position(), xr.position(), pR.subtract(cR), pR.add(cP), lo, hi, offer, war, gridOffer,
        (double) rejecting / nTypes, pP.subtract(cP).signum() > 0, g, spe, der);
  }

  private static Rational segmentWorth(String i, Position x, Rational span, Issue issue, int n, List<Derived> der) {
    if (!(x.salience() > 0))
      throw new InvalidInputException(i + " has salience 0 on " + issue.id() + ": the segment is worth nothing to it, so its war cost "
          + "in shares of the segment is unbounded");
    Rational v = q(x.salience()).multiply(span);
    der.add(Derived.mapping("V[" + i + "]", v.doubleValue(), "s·|x_R − x_P|/(range·n) = " + num(x.salience()) + "·" + num(span.doubleValue() * n)
        + "/" + n + " U", List.of(x.salienceSource().orElse(x.source()).sourceId()),
        "The disputed segment's worth to i in U: its length on the issue's scale, at i's salience, as one of the n security issues. "
            + "Dividing the war cost by it puts the cost on the segment's scale (Fearon's costs are in units of the good)."));
    return v;
  }

  /** The closed-form optimum (see class comment), exact. */
  public static Rational optimalOffer(Rational pR, Rational cP, Rational lo, Rational hi) {
    Rational lower = Rational.ZERO.max(pR.subtract(hi));
    Rational upper = Rational.ONE.min(pR.subtract(lo));
    if (upper.signum() <= 0) return Rational.ZERO;
    if (lower.compareTo(Rational.ONE) >= 0) return Rational.ONE;
    if (lower.compareTo(upper) > 0) return upper;
    Rational y = pR.add(cP.subtract(hi).divide(Rational.of(2)));
    return lower.max(upper.min(y));
  }

  /** P(the responder accepts y) when its cost is uniform on [lo, hi], exact. */
  public static Rational accept(Rational y, Rational pR, Rational lo, Rational hi) {
    Rational threshold = pR.subtract(y); // accepts iff c >= pR - y
    if (hi.compareTo(lo) <= 0) return lo.compareTo(threshold) >= 0 ? Rational.ONE : Rational.ZERO;
    Rational f = hi.subtract(threshold).divide(hi.subtract(lo));
    return Rational.ZERO.max(Rational.ONE.min(f));
  }

  private static InvalidInputException noPosition(String actor, Issue issue) {
    return new InvalidInputException(actor + " has no position on issue " + issue.id());
  }

  private static ExtensiveGame game(Scenario s, String pName, String rName, Issue issue, Rational proposerWar, Rational pR, Rational lo,
      Rational hi, int nOffers, int nTypes) {
    List<String> offerLabels = new ArrayList<>();
    for (int k = 0; k < nOffers; k++) offerLabels.add("offer " + num((double) k / (nOffers - 1)));
    List<String> typeLabels = new ArrayList<>();
    List<Rational> typeProbs = new ArrayList<>();
    Rational[] costs = new Rational[nTypes];
    for (int t = 0; t < nTypes; t++) {
      costs[t] = lo.add(hi.subtract(lo).multiply(Rational.of(2L * t + 1, 2L * nTypes)));
      typeLabels.add("cost " + num(costs[t]));
      typeProbs.add(Rational.of(1, nTypes));
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<InfoSet> responderSets = new ArrayList<>();
    List<GameNode> offerNodes = new ArrayList<>();
    Rational warP = Payoff.exact(proposerWar.doubleValue());
    for (int k = 0; k < nOffers; k++) {
      double y = (double) k / (nOffers - 1);
      Outcome acc = new Outcome(outcomes.size() + 1, "accept " + num(y), List.of(Payoff.exact(1 - y), Payoff.exact(y)));
      outcomes.add(acc);
      List<GameNode> typeNodes = new ArrayList<>();
      for (int t = 0; t < nTypes; t++) {
        Outcome war = new Outcome(outcomes.size() + 1, "war, responder cost " + num(costs[t]),
            List.of(warP, Payoff.exact(pR.subtract(costs[t]).doubleValue())));
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
        "Fearon (1995) take-it-or-leave-it offer under uncertainty about the responder's cost (fixed spread); shares of the segment are "
            + "the responder's",
        List.of(pName, rName), root,
        List.of(List.of(new InfoSet(0, 0, "offer", offerLabels, List.of())), responderSets),
        List.of(new InfoSet(ExtensiveGame.CHANCE, 0, "responder's cost", typeLabels, typeProbs)), outcomes);
  }
}
