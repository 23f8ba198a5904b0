package io.peninsula.web.brief;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.model.Issue;
import io.peninsula.model.Relation;
import io.peninsula.model.RelationType;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.web.Json;
import io.peninsula.web.Operations;
import io.peninsula.web.Request;
import io.peninsula.web.ScenarioCatalog;
import io.peninsula.web.ops.JobControl;
import io.peninsula.app.ServiceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code peninsula brief}: one self-contained HTML page on a scenario — summary, actors and issues,
 * the forecast with its uncertainty, the options and who gains, what drives the outcome, pivotal
 * actors, the games' findings, every source, and the provenance of each figure. Every number comes
 * from the same operations the API serves; charts are SVG drawn by JFreeChart; no script, font or
 * image is fetched.
 */
public final class Brief {
  /**
   * What to brief: the scenario (as a request's scenario fields), the model, the Monte Carlo samples,
   * the seed, the games, and the years and runs of the years-ahead simulation.
   */
  public record Settings(Map<String, Object> scenario, String model, long samples, long seed, List<Map<String, Object>> games,
      int years, int runs) {
    public static final int DEFAULT_YEARS = 5;
    public static final int DEFAULT_RUNS = 200;

    public Settings {
      scenario = Map.copyOf(scenario);
      Objects.requireNonNull(model, "model");
      games = List.copyOf(games);
      if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
      if (years < 1 || years > 200) throw new IllegalArgumentException("years must be in [1, 200], got " + years);
      if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
    }

    /** With the default simulation: {@value #DEFAULT_YEARS} years, {@value #DEFAULT_RUNS} runs. */
    public Settings(Map<String, Object> scenario, String model, long samples, long seed, List<Map<String, Object>> games) {
      this(scenario, model, samples, seed, games, DEFAULT_YEARS, DEFAULT_RUNS);
    }
  }

  private final Operations ops;

  public Brief() {
    this.ops = new Operations(new ScenarioCatalog(), Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** Computes every section and returns the page. */
  public String render(Settings st) {
    Map<String, Object> base = new LinkedHashMap<>(st.scenario());
    base.put("model", st.model());
    base.put("seed", st.seed());
    ServiceResult forecast = ops.quick("forecast").orElseThrow().apply(Request.of(base));
    Scenario s = forecast.scenario().orElseThrow().scenario();
    boolean hasOptions = !s.options().isEmpty();
    ServiceResult compare = hasOptions ? ops.quick("compare").orElseThrow().apply(Request.of(base)) : null;
    ServiceResult mc = null;
    if (hasOptions) {
      Map<String, Object> m = new LinkedHashMap<>(base);
      m.put("kind", "montecarlo");
      m.put("samples", st.samples());
      mc = ops.job("montecarlo", Request.of(m)).apply(NO_JOB);
    }
    Map<String, Object> sens = new LinkedHashMap<>(base);
    sens.put("kind", "sensitivity");
    sens.put("method", "morris");
    ServiceResult sensitivity = ops.job("sensitivity", Request.of(sens)).apply(NO_JOB);
    ServiceResult pivotal = ops.quick("pivotal").orElseThrow().apply(Request.of(base));
    Map<String, Object> simRequest = new LinkedHashMap<>(base);
    simRequest.put("kind", "simulate");
    simRequest.put("years", st.years());
    simRequest.put("runs", st.runs());
    ServiceResult simulation = ops.job("simulate", Request.of(simRequest)).apply(NO_JOB);
    List<ServiceResult> games = new ArrayList<>();
    List<String> gameNotes = new ArrayList<>();
    for (Map<String, Object> g : gameRequests(s, st)) {
      Map<String, Object> req = new LinkedHashMap<>(st.scenario());
      req.putAll(g);
      try {
        games.add(ops.quick("game build").orElseThrow().apply(Request.of(req)));
      } catch (io.peninsula.web.ApiException | io.peninsula.app.BadRequestException e) {
        gameNotes.add(g.get("kind") + " " + g + ": " + e.getMessage());
      }
    }
    return new BriefPage(s, st, tree(forecast), compare == null ? null : tree(compare), mc == null ? null : tree(mc),
        tree(sensitivity), tree(pivotal), tree(simulation), games.stream().map(Brief::tree).toList(),
        java.util.stream.Stream.of(forecast, compare, mc, sensitivity, pivotal, simulation).filter(Objects::nonNull).toList(), games, gameNotes).html();
  }

  /** The games asked for, else an alliance game on each defence treaty of the scenario (at most two). */
  static List<Map<String, Object>> gameRequests(Scenario s, Settings st) {
    if (!st.games().isEmpty()) return st.games();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Relation r : s.relations()) {
      if (r.type() != RelationType.DEFENSE || out.size() == 2) continue;
      out.add(io.peninsula.app.JsonFields.of("kind", "alliance", "patron", r.a(), "client", r.b()));
    }
    return out;
  }

  private static JsonNode tree(ServiceResult o) {
    return Json.MAPPER.valueToTree(io.peninsula.app.JsonFields.of("provenance", o.provenance().toJson(), "result", o.resultJson()));
  }

  private static final JobControl NO_JOB = new JobControl() {
    private final AtomicBoolean never = new AtomicBoolean();

    @Override
    public void total(long units) {}

    @Override
    public void progress(long done) {}

    @Override
    public AtomicBoolean cancel() {
      return never;
    }
  };

  static String scaleLabel(Issue i) {
    return i.title() + " (" + fmt(i.min(), 0) + "–" + fmt(i.max(), 0) + ")";
  }

  static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  static String citation(Source src) {
    return src.citation() + src.url().map(u -> " " + u).orElse("");
  }
}
