package io.peninsula.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the workbench server runs: where it listens, the run store, the bearer token (required when
 * it listens beyond loopback), the body limit and the job queue's size.
 */
public record WorkbenchOptions(String host, int port, Path store, Optional<String> token, long maxBodyBytes,
    int jobWorkers, int jobQueue, int jobThreads) {
  public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

  public WorkbenchOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
    if (maxBodyBytes < 1) throw new IllegalArgumentException("body limit must be positive");
    if (jobWorkers < 1 || jobQueue < 1 || jobThreads < 1) throw new IllegalArgumentException("job queue sizes must be positive");
    if (token.isPresent() && token.get().isBlank()) throw new IllegalArgumentException("the token is empty");
  }

  public static WorkbenchOptions local(int port, Path store) {
    return new WorkbenchOptions("127.0.0.1", port, store, Optional.empty(), DEFAULT_MAX_BODY, 1, 16,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public WorkbenchOptions withToken(String t) {
    return new WorkbenchOptions(host, port, store, Optional.of(t), maxBodyBytes, jobWorkers, jobQueue, jobThreads);
  }

  public WorkbenchOptions withQueue(int workers, int queue) {
    return new WorkbenchOptions(host, port, store, token, maxBodyBytes, workers, queue, jobThreads);
  }

  public WorkbenchOptions withMaxBody(long bytes) {
    return new WorkbenchOptions(host, port, store, token, bytes, jobWorkers, jobQueue, jobThreads);
  }

  /** Whether {@code host} names only this machine (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) if (!a.isLoopbackAddress()) return false;
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
