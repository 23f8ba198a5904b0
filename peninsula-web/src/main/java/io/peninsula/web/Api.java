package io.peninsula.web;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.peninsula.app.AppVersion;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.runs.Rerun;
import io.peninsula.app.runs.RunRecord;
import io.peninsula.app.runs.TidyExport;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST handlers. Each reads its request, calls one operation and writes the answer: nothing is
 * computed here. {@link #routes()} is the table the server registers and the OpenAPI test checks.
 */
final class Api {
  private final Operations ops;
  private final JobQueue jobs;
  private final RunArchive archive;
  private final String openApi;
  private final byte[] health = Json.write(io.peninsula.app.JsonFields.of("status", "ok", "version", AppVersion.get())).getBytes(StandardCharsets.UTF_8);
  private final LinkCache links = new LinkCache(LINK_CACHE_SIZE);

  /** Forecast-link answers kept (each about 12 KB for korea-2025). */
  static final int LINK_CACHE_SIZE = 512;

  Api(Operations ops, JobQueue jobs, RunArchive archive) {
    this.ops = ops;
    this.jobs = jobs;
    this.archive = archive;
    this.openApi = resource("/io/peninsula/web/openapi.json");
  }

  List<Route> routes() {
    return List.of(
        new Route("GET", "/api/health", ctx -> ctx.status(200).contentType("application/json").result(health)),
        new Route("GET", "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi)),
        new Route("GET", "/api/scenarios", ctx -> json(ctx, 200, Map.of("scenarios", ops.catalog().list()))),
        new Route("POST", "/api/scenarios/validate", this::validate),
        new Route("GET", "/api/scenarios/{id}", this::scenario),
        new Route("GET", "/api/scenarios/{id}/forecast", this::forecastLink),
        new Route("POST", "/api/forecast", ctx -> quick(ctx, "forecast")),
        new Route("POST", "/api/compare", ctx -> quick(ctx, "compare")),
        new Route("POST", "/api/pivotal", ctx -> quick(ctx, "pivotal")),
        new Route("POST", "/api/levers", ctx -> quick(ctx, "levers")),
        new Route("POST", "/api/backtest", ctx -> quick(ctx, "backtest")),
        new Route("POST", "/api/games/build", ctx -> quick(ctx, "game build")),
        new Route("POST", "/api/games/solve", ctx -> quick(ctx, "game solve")),
        new Route("POST", "/api/jobs", this::submit),
        new Route("GET", "/api/jobs/{id}", ctx -> json(ctx, 200, job(ctx).view(true))),
        new Route("DELETE", "/api/jobs/{id}", ctx -> json(ctx, 200, jobs.cancel(ctx.pathParam("id")).orElseThrow().view(false))),
        new Route("GET", "/api/runs", ctx -> json(ctx, 200, Map.of("runs", archive.list()))),
        new Route("GET", "/api/runs/{id}", ctx -> json(ctx, 200, RunArchive.detail(run(ctx)))),
        new Route("GET", "/api/runs/{id}/export", this::export),
        new Route("POST", "/api/runs/{id}/rerun", this::rerun));
  }

  private static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }

  /** A bundled scenario as JSON (sources included), or with {@code ?format=yaml} its YAML text as shipped. */
  private void scenario(Context ctx) {
    LoadedScenario s = ops.catalog().bundled(ctx.pathParam("id"));
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    switch (format) {
      case "json" -> json(ctx, 200, ops.catalog().asJson(s.scenario()));
      case "yaml" -> ctx.contentType("application/yaml; charset=utf-8").result(s.content());
      default -> throw ApiException.badField("format", "unknown format \"" + format + "\" (allowed: json, yaml)");
    }
  }

  private void validate(Context ctx) {
    String text = ctx.body();
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    String format = type.contains("json") ? "json" : type.contains("yaml") ? "yaml" : ScenarioCatalog.detect(text);
    Map<String, Object> out = new LinkedHashMap<>();
    ScenarioService.TextCheck check = ScenarioService.check("scenario", format, text);
    if (check.loaded().isPresent()) {
      var s = check.loaded().get().scenario();
      out.put("valid", true);
      out.put("problems", List.of());
      out.put("summary", io.peninsula.app.JsonFields.of("id", s.metadata().id(), "actors", s.actors().size(), "issues", s.issues().size(),
          "positions", s.positions().size(), "relations", s.relations().size(), "options", s.options().size()));
      out.put("scenario", ops.catalog().asJson(s));
    } else {
      out.put("valid", false);
      out.put("problems", check.problems().stream().map(ApiProblem::of).toList());
    }
    json(ctx, 200, out);
  }

  /**
   * The shareable forecast link. A GET is safe and repeatable, so it stores no run (POST
   * /api/forecast does, for the runs table); its answers are deterministic and kept by the typed
   * request and scenario hash ({@link LinkCache}), with an ETag for revalidation.
   */
  private void forecastLink(Context ctx) {
    ops.catalog().bundled(ctx.pathParam("id"));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("scenario", ctx.pathParam("id"));
    for (var e : ctx.queryParamMap().entrySet()) {
      String v = e.getValue().get(0);
      switch (e.getKey()) {
        case "seed", "max_iterations" -> fields.put(e.getKey(), integer(e.getKey(), v));
        case "scenario", "scenario_text", "input_format" -> throw ApiException.badField(e.getKey(), "the scenario is named by the path");
        default -> fields.put(e.getKey(), v);
      }
    }
    Operations.ForecastCall call = ops.forecastCall(Request.of(fields));
    LinkCache.Lookup got = links.get(new LinkCache.Key(call.request(), call.scenario().loaded().sha256()),
        () -> Json.write(Envelope.of(call.run())));
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", got.answer().etag());
    ctx.header("X-Peninsula-Cache", got.hit() ? "hit" : "miss");
    if (got.answer().etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType("application/json").result(got.answer().body());
  }

  private static long integer(String field, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badField(field, "must be an integer, got \"" + v + "\"");
    }
  }

  private void quick(Context ctx, String command) {
    Request r = Request.parse(ctx.body());
    ServiceResult o = ops.quick(command).orElseThrow().apply(r);
    try {
      String id = archive.record(o, ctx.method() + " " + ctx.path());
      ctx.header("Location", "/api/runs/" + id);
    } catch (RuntimeException e) {
      ctx.header("X-Peninsula-Store-Error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
    }
    json(ctx, 200, Envelope.of(o));
  }

  private void submit(Context ctx) {
    Request r = Request.parse(ctx.body());
    String kind = r.requiredText("kind");
    var work = ops.job(kind, r);
    JobQueue.Job job = jobs.submit(kind, work);
    ctx.header("Location", "/api/jobs/" + job.id());
    json(ctx, 202, job.view(false));
  }

  private JobQueue.Job job(Context ctx) {
    String id = ctx.pathParam("id");
    return jobs.get(id).orElseThrow(() -> ApiException.notFound("no job " + id + " (finished jobs are kept for a while; their results are in /api/runs)"));
  }

  /**
   * Server-sent events (the client sends {@code Accept: text/event-stream}, as EventSource does): a
   * {@code progress} event about every 250 ms, then one {@code end} event with the final state.
   */
  void events(SseClient client) {
    String id = client.ctx().pathParam("id");
    Optional<JobQueue.Job> job = jobs.get(id);
    if (job.isEmpty()) {
      client.sendEvent("error", Json.compact(Map.of("error", "no job " + id)));
      client.close();
      return;
    }
    JobQueue.Job j = job.get();
    try {
      while (!j.finished() && !client.terminated()) {
        client.sendEvent("progress", Json.compact(j.view(false)));
        Thread.sleep(250);
      }
      if (!client.terminated()) client.sendEvent("end", Json.compact(j.view(false)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      client.close();
    }
  }

  private RunRecord run(Context ctx) {
    String id = ctx.pathParam("id");
    return archive.get(id).orElseThrow(() -> ApiException.notFound("no run " + id + " in " + archive.file()));
  }

  /**
   * A run as the file {@code peninsula runs export ID --format csv|parquet} writes for it (one
   * implementation, {@link TidyExport}): its command's tidy table with the {@code run} column first,
   * or with {@code ?table=runs} its provenance row, joined on {@code run}.
   */
  private void export(Context ctx) {
    RunRecord r = run(ctx);
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv");
    if (!List.of("csv", "parquet").contains(format)) throw ApiException.badField("format", "unknown format \"" + format + "\" (allowed: csv, parquet)");
    String table = Optional.ofNullable(ctx.queryParam("table")).orElse("result");
    TidyExport.Part part = switch (table) {
      case "result" -> TidyExport.Part.RESULT;
      case "runs" -> TidyExport.Part.PROVENANCE;
      default -> throw ApiException.badField("table", "unknown table \"" + table + "\" (allowed: result, the command's table; runs, the provenance)");
    };
    TidyExport.Single file = TidyExport.single(r, part, format);
    ctx.header("Content-Disposition", "attachment; filename=\"" + r.id() + "-" + file.table() + "." + format + "\"");
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/vnd.apache.parquet").result(file.bytes());
  }

  /** Rebuilds a stored run's typed request, runs it again on its stored scenario and says whether the result is identical. */
  private void rerun(Context ctx) {
    RunRecord r = run(ctx);
    Rerun.Verdict v = Rerun.of(r);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("of", r.id());
    out.put("identical", v.identical());
    out.put("first_difference", v.firstDifference().orElse(null));
    json(ctx, 200, out);
  }

  private static String resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
