package io.peninsula.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.bargaining.*;
import io.peninsula.app.scenario.ScenarioSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The registry of services by request type: how {@code runs rerun} turns a stored request back into
 * a run. Each service adds one line: its request class and how to run it on a scenario source.
 */
public final class Services {
  private static final Map<String, Entry<?>> BY_REQUEST = new LinkedHashMap<>();

  private record Entry<R extends Record>(Class<R> type, BiFunction<R, ScenarioSource, ServiceResult> run) {
    ServiceResult run(JsonNode json, ScenarioSource source) {
      R request;
      try {
        request = Json.MAPPER.treeToValue(json, type);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BadRequestException("stored request of type " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
      }
      return run.apply(request, source);
    }
  }

  static {
    register(ForecastRequest.class, (r, s) -> new ForecastService(s).run(r));
    register(CompareRequest.class, (r, s) -> new CompareService(s).run(r));
    register(PivotalRequest.class, (r, s) -> new PivotalService(s).run(r));
    register(MonteCarloRequest.class, (r, s) -> new MonteCarloService(s).run(r));
    register(LeversRequest.class, (r, s) -> new LeversService(s).run(r));
    register(SensitivityRequest.class, (r, s) -> new SensitivityService(s).run(r));
    register(io.peninsula.app.dynamics.SimulateRequest.class, (r, s) -> new io.peninsula.app.dynamics.SimulateService(s).run(r));
    register(io.peninsula.app.dynamics.ArmsFitRequest.class, (r, s) -> new io.peninsula.app.dynamics.ArmsFitService().run(r));
    register(BacktestRequest.class, (r, s) -> new BacktestService(s).run(r));
    register(io.peninsula.app.games.GameSolveRequest.class, (r, s) -> new io.peninsula.app.games.GameSolveService().run(r));
    register(io.peninsula.app.games.GameReduceRequest.class, (r, s) -> new io.peninsula.app.games.GameReduceService().run(r));
    register(io.peninsula.app.games.GameBuildRequest.class, (r, s) -> new io.peninsula.app.games.GameBuildService(s).run(r));
    register(io.peninsula.app.sweep.SweepRequest.class, (r, s) -> new io.peninsula.app.sweep.SweepService().run(r));
  }

  private Services() {}

  private static <R extends Record> void register(Class<R> type, BiFunction<R, ScenarioSource, ServiceResult> run) {
    BY_REQUEST.put(type.getName(), new Entry<>(type, run));
  }

  /** Runs a stored request again on {@code source}. */
  public static ServiceResult rerun(String requestType, JsonNode request, ScenarioSource source) {
    Entry<?> e = BY_REQUEST.get(requestType);
    if (e == null) throw new BadRequestException("no service runs stored requests of type " + requestType);
    return e.run(request, source);
  }
}
