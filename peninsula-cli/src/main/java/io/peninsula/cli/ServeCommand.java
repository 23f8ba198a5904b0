package io.peninsula.cli;

import io.peninsula.web.WorkbenchOptions;
import io.peninsula.web.WorkbenchServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula serve}: the analyst workbench (REST API and web UI) on this machine. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the analyst workbench: the web UI at / and the REST API under /api (OpenAPI at /api/openapi.json). "
        + "Listens on 127.0.0.1 unless --host says otherwise; another host needs a token (--token-file or $PENINSULA_TOKEN), "
        + "which clients send as Authorization: Bearer <token>. Ctrl-C stops it. Guide: docs/workbench.md."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--store", paramLabel = "FILE",
      description = "Run store (DuckDB file). Default: $PENINSULA_STORE or ~/.peninsula/runs.duckdb.")
  Path store;

  @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the bearer token (first line). Default: $PENINSULA_TOKEN.")
  Path tokenFile;

  @Option(names = "--jobs", defaultValue = "16", paramLabel = "N",
      description = "Long jobs (montecarlo, sensitivity, simulate) that may wait; more get 429. Default: ${DEFAULT-VALUE}.")
  int queue;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) throw new UsageException("--port must be in [0, 65535], got " + port);
    if (queue < 1) throw new UsageException("--jobs must be at least 1, got " + queue);
    Optional<String> token = token();
    if (!WorkbenchOptions.isLoopback(host) && token.isEmpty())
      throw new UsageException("refusing to listen on " + host + " without a token: give --token-file FILE or set PENINSULA_TOKEN "
          + "(clients then send Authorization: Bearer <token>), or listen on 127.0.0.1");
    WorkbenchOptions o = new WorkbenchOptions(host, port, StoreOptions.resolve(store), token, WorkbenchOptions.DEFAULT_MAX_BODY, 1,
        queue, Runtime.getRuntime().availableProcessors());
    WorkbenchServer server;
    try {
      server = WorkbenchServer.start(o);
    } catch (RuntimeException e) {
      throw new UsageException("cannot listen on " + host + ":" + port + ": " + rootMessage(e) + " (is another server using the port? try --port 0)");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "peninsula-serve-stop"));
    PrintWriter err = spec.commandLine().getErr();
    err.println("Peninsula workbench at " + server.url() + " (API " + server.url() + "api/, runs in " + o.store() + "); Ctrl-C stops it.");
    err.flush();
    stopped.await();
    return Cli.EXIT_OK;
  }

  private Optional<String> token() {
    if (tokenFile != null) {
      try {
        String t = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        if (t.isEmpty()) throw new UsageException("--token-file " + tokenFile + " is empty; put the token on its first line");
        return Optional.of(t);
      } catch (IOException e) {
        throw new UsageException("--token-file " + tokenFile + " cannot be read: " + e.getMessage());
      }
    }
    String env = System.getenv("PENINSULA_TOKEN");
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
