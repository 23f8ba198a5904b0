package io.peninsula.engine.bargaining.exchange;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.RoundNote;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exchange model of voting positions, equal-gain variant (Stokman &amp; Van Oosten 1994; the
 * multi-issue procedure of the decide-exchange-model tool, foarsitter/decide-exchange-model,
 * EqualGainModel, re-implemented here). Issues are solved jointly.
 *
 * <p>Each round: the outcome of an issue is the capability × salience weighted mean of votes (the
 * tool calls it the NBS); for every pair of issues, two actors on opposite sides of both outcomes
 * may exchange — each shifts its vote on the issue it cares less about towards the other's
 * position, by amounts that give both the same utility gain (see {@link PositionExchange}).
 * Exchanges are realised greedily by highest gain; after each one the remaining candidates are
 * recalculated from the moved votes and dropped when no longer valid. The round's outcome is the
 * weighted mean of the voting positions; each realised exchange then moves the actor's start
 * position for the next round part of the way to its vote (((1 − s)·0.4 + 0.1) of the way).
 *
 * <p>Parameters: {@code rounds} (default 10, the tool's default; capped by maxIterations). Ties in
 * gain (equal to 1e-10): the exchange earlier in the candidate list first (the tool picks one at
 * random). Positions are normalised to 0–100 per issue. Stops early, converged, when a round
 * realises no exchange; otherwise converged means the last round moved no outcome by more than
 * tolerance × 100.
 */
public final class ExchangeModel implements BargainingModel {
  @Override
  public java.util.List<io.peninsula.engine.bargaining.ModelParameter> parameters() {
    return java.util.List.of(io.peninsula.engine.bargaining.ModelParameter.integer("rounds", 10, 1, Integer.MAX_VALUE,
        "rounds of exchanges (its fixed horizon; also capped by --max-iterations)"));
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of("Stokman, F. N. & Van Oosten, R. (1994). The exchange of voting positions. In European Community Decision Making, Yale UP, 105-127.");
  }

  @Override
  public String name() {
    return "exchange";
  }

  @Override
  public String description() {
    return "exchange of voting positions, equal gain (Stokman & Van Oosten 1994; decide-exchange-model)";
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    int rounds = Math.min(intParameter(config, "rounds", 10), config.maxIterations());
    List<Issue> issues = scenario.issues();
    List<Actor> actors = scenario.actors();
    int m = issues.size();
    int n = actors.size();
    double[][] x = new double[m][n];
    double[][] s = new double[m][n];
    double[][] c = new double[m][n];
    for (int p = 0; p < m; p++) {
      Issue is = issues.get(p);
      if (scenario.positionsOn(is.id()).isEmpty()) throw new io.peninsula.error.InvalidInputException("issue " + is.id() + " has no actor with a position");
      for (int a = 0; a < n; a++) {
        var pos = scenario.position(actors.get(a).id(), is.id());
        x[p][a] = pos.map(v -> (v.position() - is.min()) * 100 / is.range()).orElse(Double.NaN);
        s[p][a] = pos.map(Position::salience).orElse(0.0);
        Actor actor = actors.get(a);
        c[p][a] = pos.map(v -> v.capabilityOn(actor)).orElse(actor.capability());
      }
    }
    List<List<double[]>> votes = new ArrayList<>(); // votes.get(r)[p] = votes on issue p after round r
    double[] outcome = new double[m];
    RoundState st = new RoundState(x, s, c);
    for (int p = 0; p < m; p++) outcome[p] = st.nbs(p);
    votes.add(rows(x));
    List<RoundNote> notes = new ArrayList<>();
    double lastChange = 0;
    boolean idle = false;
    int played = 0;
    while (played < rounds && !idle) {
      List<PositionExchange> done = ExchangeRound.realise(st);
      played++;
      idle = done.isEmpty();
      double[][] vote = copy(st.position);
      for (PositionExchange e : done) {
        vote[e.i.supplyIssue][e.i.actor] = e.i.y;
        vote[e.j.supplyIssue][e.j.actor] = e.j.y;
        notes.add(note(e, played, issues, actors));
      }
      RoundState voted = new RoundState(vote, s, c);
      lastChange = 0;
      for (int p = 0; p < m; p++) {
        double o = voted.nbs(p);
        lastChange = Math.max(lastChange, Math.abs(o - outcome[p]));
        outcome[p] = o;
      }
      votes.add(rows(vote));
      double[][] next = copy(st.position);
      for (PositionExchange e : done) {
        next[e.i.supplyIssue][e.i.actor] = e.i.nextStartPosition();
        next[e.j.supplyIssue][e.j.actor] = e.j.nextStartPosition();
      }
      st = new RoundState(next, s, c);
    }
    boolean converged = idle || lastChange <= config.tolerance() * 100;
    List<IssueForecast> out = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      Issue is = issues.get(p);
      List<String> ids = new ArrayList<>();
      List<Integer> idx = new ArrayList<>();
      for (int a = 0; a < n; a++) if (!Double.isNaN(x[p][a])) { ids.add(actors.get(a).id()); idx.add(a); }
      List<List<Double>> traj = new ArrayList<>();
      for (List<double[]> r : votes) {
        List<Double> row = new ArrayList<>();
        for (int a : idx) row.add(denormalise(is, r.get(p)[a]));
        traj.add(row);
      }
      out.add(new IssueForecast(is.id(), ids, traj, denormalise(is, outcome[p]), played, converged));
    }
    return new ForecastResult(name(), out, notes);
  }

  private static RoundNote note(PositionExchange e, int round, List<Issue> issues, List<Actor> actors) {
    String a = actors.get(e.i.actor).id();
    String b = actors.get(e.j.actor).id();
    String text = String.format(Locale.ROOT,
        "%s shifts its vote on %s to %.2f in return for %s shifting its vote on %s to %.2f (equal gain %.4f; normalised 0-100 scale)",
        a, issues.get(e.i.supplyIssue).id(), e.i.y, b, issues.get(e.j.supplyIssue).id(), e.j.y, e.gain);
    return new RoundNote("*", round, a, b, "exchange", text);
  }

  private static double denormalise(Issue is, double v) {
    return is.min() + v * is.range() / 100;
  }

  private static List<double[]> rows(double[][] a) {
    List<double[]> out = new ArrayList<>();
    for (double[] r : a) out.add(r.clone());
    return out;
  }

  private static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int k = 0; k < a.length; k++) out[k] = a[k].clone();
    return out;
  }

  private static int intParameter(ModelConfig config, String key, int def) {
    String raw = config.parameter(key).orElse(null);
    if (raw == null) return def;
    try {
      int v = Integer.parseInt(raw.trim());
      if (v < 1) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new io.peninsula.error.InvalidInputException("parameter " + key + " = '" + raw + "': must be an integer >= 1");
    }
  }
}
