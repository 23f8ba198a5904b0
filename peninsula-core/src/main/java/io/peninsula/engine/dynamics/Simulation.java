package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.EventCondition;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.ScenarioEvent;
import io.peninsula.model.SourceRef;
import io.peninsula.model.StatusQuo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Years-ahead simulation of a scenario: each run starts from the scenario as given and, year by
 * year,
 * <ol>
 *   <li>carries last year's value of every issue forward as its status quo (today's value in year
 *       1: the issue's declared status quo, else the model's forecast of the scenario as given);
 *   <li>draws the scenario's events in declaration order from the run's stream for that year
 *       ({@link SimulationConfig#stream}): an event whose conditions hold at the start of the year
 *       (issue values, events of earlier years) and that has not happened yet (or repeats) happens
 *       with its annual probability, and its effects edit the run's scenario from then on;
 *   <li>advances the arms dyad, if one is given ({@link ArmsDynamics}), and rescales the two
 *       actors' capabilities;
 *   <li>runs the bargaining model; each issue's outcome is that year's value.
 * </ol>
 * A uniform is drawn for every event every year, eligible or not, so that a change to one event's
 * probability leaves the other events' draws where they were (common random numbers). A year in
 * which no event happens, no arms dyad moves and every status quo equals last year's forecast
 * input re-uses last year's outcomes instead of forecasting the same scenario again (models are
 * deterministic given the scenario and config, so the result is the same).
 *
 * <p>Deterministic given the seed and independent of the thread count: runs are independent,
 * each writes its own slots, and the summary is computed after all runs in run order.
 * Complexity: runs × years model forecasts.
 */
public final class Simulation {
  private final Scenario scenario;
  private final BargainingModel model;
  private final ModelConfig modelConfig;
  private final Optional<ArmsDynamics> arms;
  private final SimulationConfig config;
  private final List<Issue> issues;
  private final List<ScenarioEvent> events;
  private final Map<String, Integer> issueIndex = new HashMap<>();
  private final Map<String, Integer> eventIndex = new HashMap<>();
  private final double[] today;
  private final int baseYear;

  public Simulation(Scenario scenario, BargainingModel model, ModelConfig modelConfig, Optional<ArmsDynamics> arms, SimulationConfig config) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.model = Objects.requireNonNull(model, "model");
    this.modelConfig = Objects.requireNonNull(modelConfig, "modelConfig");
    this.arms = Objects.requireNonNull(arms, "arms");
    this.config = Objects.requireNonNull(config, "config");
    this.issues = scenario.issues();
    this.events = scenario.events();
    for (int i = 0; i < issues.size(); i++) issueIndex.put(issues.get(i).id(), i);
    for (int e = 0; e < events.size(); e++) eventIndex.put(events.get(e).id(), e);
    arms.ifPresent(a -> {
      for (String id : List.of(a.firstActor(), a.secondActor()))
        if (scenario.actor(id).isEmpty())
          throw new InvalidInputException("arms dyad names actor " + id + ", which scenario " + scenario.metadata().id() + " does not have");
    });
    this.today = todayValues();
    this.baseYear = parseYear(scenario.metadata().date());
  }

  private double[] todayValues() {
    double[] t = new double[issues.size()];
    ForecastResult base = null;
    for (int i = 0; i < issues.size(); i++) {
      Optional<StatusQuo> sq = issues.get(i).statusQuo();
      if (sq.isPresent()) {
        t[i] = sq.get().value();
        continue;
      }
      if (base == null) base = model.forecastWithoutNotes(scenario, modelConfig);
      t[i] = base.issue(issues.get(i).id()).map(IssueForecast::outcome).orElse((issues.get(i).min() + issues.get(i).max()) / 2);
    }
    return t;
  }

  private static int parseYear(String date) {
    if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) return Integer.parseInt(date.substring(0, 4));
    return 0;
  }

  /** Runs the simulation; {@code progress} receives the number of runs done. */
  public SimulationResult run(AtomicBoolean cancel, LongConsumer progress) {
    int runs = config.runs();
    int years = config.years();
    int ni = issues.size();
    int ne = events.size();
    double[][] values = new double[runs][]; // [run][year * ni + issue], years 1..N
    boolean[][] happened = new boolean[runs][]; // [run][(year-1) * ne + event]
    AtomicLong skipped = new AtomicLong();
    AtomicLong unconverged = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int r; failure.get() == null && !cancel.get() && (r = next.getAndIncrement()) < runs; ) {
          double[] v = new double[years * ni];
          boolean[] h = new boolean[years * ne];
          long[] counters = new long[2];
          runOne(r, v, h, counters);
          values[r] = v;
          happened[r] = h;
          skipped.addAndGet(counters[0]);
          unconverged.addAndGet(counters[1]);
          progress.accept(done.incrementAndGet());
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    };
    int t = Math.min(config.threads(), runs);
    if (t == 1) worker.run();
    else {
      List<Thread> threads = new ArrayList<>();
      for (int k = 0; k < t; k++) {
        Thread th = new Thread(worker, "simulate-" + k);
        th.start();
        threads.add(th);
      }
      for (Thread th : threads) {
        try {
          th.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancel.set(true);
        }
      }
    }
    if (failure.get() != null) throw failure.get();
    return summarise(values, happened, skipped.get(), unconverged.get(), cancel.get());
  }

  /** One run: fills {@code v} (values) and {@code h} (events) and counts skipped effects and unconverged years. */
  private void runOne(int run, double[] v, boolean[] h, long[] counters) {
    int ni = issues.size();
    int ne = events.size();
    Scenario cur = scenario;
    double[] value = today.clone();
    boolean[] ever = new boolean[ne];
    double[] armsState = arms.map(ArmsDynamics::start).orElse(null);
    double[] lastStatusQuo = null; // the status quo values of last year's forecast input
    boolean lastConverged = true;
    for (int year = 1; year <= config.years(); year++) {
      SplittableRandom rng = new SplittableRandom(SimulationConfig.stream(config.seed(), run, year));
      boolean[] before = ever.clone();
      boolean[] fires = new boolean[ne];
      boolean any = false;
      for (int e = 0; e < ne; e++) {
        ScenarioEvent ev = events.get(e);
        double u = rng.nextDouble();
        if (before[e] && !ev.repeats()) continue;
        if (!holds(ev, value, before) || !(u < ev.probability())) continue;
        fires[e] = true;
        any = true;
      }
      if (!any && armsState == null && lastStatusQuo != null && Arrays.equals(value, lastStatusQuo)) {
        // nothing changed since last year's forecast input (same scenario, same status quo): a
        // deterministic model gives the same outcomes, so last year's values stand
        if (!lastConverged) counters[1]++;
        System.arraycopy(value, 0, v, (year - 1) * ni, ni);
        continue;
      }
      cur = carryForward(cur, value);
      lastStatusQuo = value.clone();
      for (int e = 0; e < ne; e++) {
        if (!fires[e]) continue;
        ScenarioEvent ev = events.get(e);
        ever[e] = true;
        h[(year - 1) * ne + e] = true;
        for (ScenarioEdit edit : ev.effects()) {
          try {
            cur = cur.apply(edit);
          } catch (IllegalArgumentException skip) {
            counters[0]++;
          }
        }
      }
      if (armsState != null) {
        ArmsDynamics a = arms.get();
        double[] after = a.step(armsState, rng);
        Optional<Actor> fa = cur.actor(a.firstActor());
        Optional<Actor> sa = cur.actor(a.secondActor());
        if (fa.isPresent() && sa.isPresent()) {
          double[] caps = ArmsDynamics.rescale(fa.get().capability(), sa.get().capability(), armsState, after);
          cur = cur.apply(new ScenarioEdit.SetCapability(a.firstActor(), caps[0])).apply(new ScenarioEdit.SetCapability(a.secondActor(), caps[1]));
        }
        armsState = after;
      }
      ForecastResult f;
      try {
        f = model.forecastWithoutNotes(cur, modelConfig);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("run " + run + ", year " + year + ": " + e.getMessage(), e);
      }
      lastConverged = f.converged();
      if (!f.converged()) counters[1]++;
      for (IssueForecast fi : f.issues()) {
        Integer i = issueIndex.get(fi.issueId());
        if (i != null) value[i] = fi.outcome();
      }
      System.arraycopy(value, 0, v, (year - 1) * ni, ni);
    }
  }

  private static final SourceRef CARRIED = SourceRef.judgement("simulation", "last simulated year's outcome, carried forward");

  private Scenario carryForward(Scenario s, double[] value) {
    List<Issue> out = new ArrayList<>(s.issues().size());
    for (Issue i : s.issues()) {
      Integer k = issueIndex.get(i.id());
      if (k == null) {
        out.add(i);
        continue;
      }
      double x = Math.max(i.min(), Math.min(i.max(), value[k]));
      SourceRef src = i.statusQuo().map(StatusQuo::source).orElse(CARRIED);
      out.add(i.withStatusQuo(Optional.of(new StatusQuo(x, src))));
    }
    return s.withIssues(out);
  }

  private boolean holds(ScenarioEvent ev, double[] value, boolean[] happenedBefore) {
    for (EventCondition c : ev.conditions()) {
      if (c instanceof EventCondition.IssueAbove a) {
        Integer i = issueIndex.get(a.issue());
        if (i == null || !(value[i] > a.threshold())) return false;
      } else if (c instanceof EventCondition.IssueBelow b) {
        Integer i = issueIndex.get(b.issue());
        if (i == null || !(value[i] < b.threshold())) return false;
      } else if (c instanceof EventCondition.AfterEvent a) {
        Integer e = eventIndex.get(a.event());
        if (e == null || !happenedBefore[e]) return false;
      }
    }
    return true;
  }

  private SimulationResult summarise(double[][] values, boolean[][] happened, long skipped, long unconverged, boolean cancelled) {
    int ni = issues.size();
    int ne = events.size();
    int[] completedRuns = java.util.stream.IntStream.range(0, values.length).filter(r -> values[r] != null).toArray();
    int n = completedRuns.length;
    List<SimulationResult.YearIssue> rows = new ArrayList<>();
    List<SimulationResult.YearEvent> evRows = new ArrayList<>();
    for (int i = 0; i < ni; i++)
      rows.add(new SimulationResult.YearIssue(baseYear, issues.get(i).id(), today[i], 0, today[i], today[i], today[i], 0));
    boolean[][] by = new boolean[values.length][ne];
    double[] col = new double[n];
    for (int year = 1; year <= config.years(); year++) {
      for (int i = 0; i < ni; i++) {
        double tol = SimulationConfig.CHANGE_TOLERANCE * issues.get(i).range();
        double sum = 0;
        int changed = 0;
        for (int k = 0; k < n; k++) {
          double x = values[completedRuns[k]][(year - 1) * ni + i];
          col[k] = x;
          sum += x;
          if (Math.abs(x - today[i]) > tol) changed++;
        }
        if (n == 0) continue;
        double mean = sum / n;
        double ss = 0;
        for (int k = 0; k < n; k++) ss += (col[k] - mean) * (col[k] - mean);
        double[] sorted = Arrays.copyOf(col, n);
        Arrays.sort(sorted);
        rows.add(new SimulationResult.YearIssue(baseYear + year, issues.get(i).id(), mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
            ArmsBootstrap.quantile(sorted, 0.05), ArmsBootstrap.quantile(sorted, 0.5), ArmsBootstrap.quantile(sorted, 0.95), (double) changed / n));
      }
      for (int e = 0; e < ne; e++) {
        int now = 0;
        int ever = 0;
        for (int k = 0; k < n; k++) {
          int r = completedRuns[k];
          boolean hit = happened[r][(year - 1) * ne + e];
          if (hit) now++;
          by[r][e] |= hit;
          if (by[r][e]) ever++;
        }
        if (n > 0) evRows.add(new SimulationResult.YearEvent(baseYear + year, events.get(e).id(), (double) now / n, (double) ever / n));
      }
    }
    return new SimulationResult(baseYear, issues.stream().map(Issue::id).toList(), today, rows, evRows, n, config.runs(), cancelled, skipped, unconverged);
  }
}
