package io.peninsula.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.error.InvalidInputException;
import io.peninsula.error.IterationLimitException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's HTTP server (Javalin): the REST API under {@code /api} ({@link Api}) and the
 * one-page UI at {@code /}. It binds loopback unless told otherwise, and then only with a bearer
 * token; bodies are limited; errors are JSON ({@code {"error","problems"}}), never stack traces.
 */
public final class WorkbenchServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);

  private final WorkbenchOptions options;
  private final JobQueue jobs;
  private final Api api;
  private final Javalin app;

  private WorkbenchServer(WorkbenchOptions options) {
    this.options = options;
    RunArchive archive = new RunArchive(options.store());
    this.jobs = new JobQueue(options.jobWorkers(), options.jobQueue(), 256, archive);
    this.api = new Api(new Operations(new ScenarioCatalog(), options.jobThreads()), jobs, archive);
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = options.maxBodyBytes();
      cfg.jetty.threadPool = threadPool();
      cfg.staticFiles.add("/io/peninsula/web/public", Location.CLASSPATH);
      cfg.routes.before("/api/*", this::guard);
      for (Route r : api.routes()) {
        switch (r.method()) {
          case "GET" -> cfg.routes.get(r.path(), r.handler());
          case "POST" -> cfg.routes.post(r.path(), r.handler());
          case "DELETE" -> cfg.routes.delete(r.path(), r.handler());
          default -> throw new IllegalStateException("unsupported method " + r.method());
        }
      }
      cfg.routes.sse("/api/jobs/{id}/events", api::events);
      cfg.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage(), e.problems()));
      cfg.routes.exception(BadRequestException.class, (e, ctx) -> problem(ctx, 400, e.getMessage(), List.of(ApiProblem.of("", e.getMessage()))));
      cfg.routes.exception(InvalidInputException.class, (e, ctx) -> problem(ctx, 400, e.getMessage(), List.of(ApiProblem.of("", e.getMessage()))));
      cfg.routes.exception(IterationLimitException.class, (e, ctx) -> problem(ctx, 422, e.getMessage(), List.of()));
      cfg.routes.exception(RejectedExecutionException.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        problem(ctx, 429, "the job queue is full (" + options.jobQueue() + " waiting); retry later", List.of());
      });
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
          switch (e.getStatus()) {
            case 413 -> "the body is larger than the limit of " + options.maxBodyBytes() + " bytes";
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)";
            default -> e.getMessage();
          }, List.of()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        // a file's located problems (400) and the run store failing (503) are typed by the application
        var located = Errors.inputProblems(e);
        if (located.isPresent()) {
          problem(ctx, 400, e.getMessage(), located.get().stream().map(ApiProblem::of).toList());
          return;
        }
        if (Errors.isStoreFailure(e)) {
          problem(ctx, 503, e.getMessage(), List.of());
          return;
        }
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        problem(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details", List.of());
      });
    });
  }

  /**
   * Request threads: a bounded pool sized to the cores (8 per core, at least 32, at most 200)
   * instead of Jetty's 250. Handlers are short and CPU-bound (jobs run on their own queue), so
   * more threads add only context switches at 64 connections on 2 cores; the floor of 32 leaves
   * room for the progress streams ({@code /api/jobs/{id}/events}), which hold a thread each while a
   * job runs. {@code -Dpeninsula.web.threads=N} overrides the maximum (for load tests).
   */
  static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool() {
    int cores = Runtime.getRuntime().availableProcessors();
    int max = Integer.getInteger("peninsula.web.threads", Math.min(200, Math.max(32, 8 * cores)));
    var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(max, Math.min(max, 4), 60_000);
    pool.setName("workbench");
    return pool;
  }

  /** Builds and starts a server; a non-loopback host without a token is refused. */
  public static WorkbenchServer start(WorkbenchOptions options) {
    if (!WorkbenchOptions.isLoopback(options.host()) && options.token().isEmpty())
      throw new IllegalArgumentException("refusing to listen on " + options.host() + " without a token: give --token-file FILE "
          + "or set PENINSULA_TOKEN (clients then send Authorization: Bearer <token>), or listen on 127.0.0.1");
    WorkbenchServer s = new WorkbenchServer(options);
    s.app.start(options.host(), options.port());
    return s;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port() + "/";
  }

  public List<Route> routes() {
    return api.routes();
  }

  private void guard(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > options.maxBodyBytes())
      throw new ApiException(413, "the body (" + length + " bytes) is larger than the limit of " + options.maxBodyBytes() + " bytes",
          List.of());
    if (options.token().isEmpty()) return;
    String given = ctx.header("Authorization");
    byte[] expected = ("Bearer " + options.token().get()).getBytes(StandardCharsets.UTF_8);
    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing or wrong token: send Authorization: Bearer <token>", List.of());
    }
  }

  static void problem(Context ctx, int status, String message, List<ApiProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("problems", problems);
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }

  @Override
  public void close() {
    jobs.close();
    app.stop();
  }
}
