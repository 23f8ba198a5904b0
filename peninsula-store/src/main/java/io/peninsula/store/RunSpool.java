package io.peninsula.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs that could not be written because another process held the store's lock for longer than
 * the wait budget. Each is one JSON file {@code <id>.json} in the directory {@code <store>.spool}
 * next to the store, written to a temporary name and renamed atomically, so a reader never sees a
 * half-written record. The next process that opens the store for writing inserts every spooled run
 * whose id is not yet stored, commits, and only then deletes the file: a run is merged exactly once
 * even if that process dies between the commit and the delete (the id is then already present).
 */
public final class RunSpool {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  RunSpool(Path store) {
    this.dir = store.toAbsolutePath().resolveSibling(store.getFileName() + ".spool");
  }

  public static RunSpool of(Path store) {
    return new RunSpool(store);
  }

  public Path dir() {
    return dir;
  }

  /** Writes the run (which carries its final id) and returns the file. */
  public Path write(StoredRun run) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(run.id() + ".json");
      Path tmp = Files.createTempFile(dir, run.id() + "-", ".tmp");
      Files.write(tmp, JSON.writeValueAsBytes(toJson(run)));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new StoreException("cannot spool run " + run.id() + " to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A spooled run and the file holding it. */
  public record Pending(Path file, StoredRun run) {}

  /** The spooled runs, by file name (so by id, hence by start time). Unreadable files are skipped. */
  public List<Pending> pending() {
    List<Pending> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
      for (Path p : ds) files.add(p);
    } catch (IOException e) {
      throw new StoreException("cannot read spool directory " + dir + ": " + e.getMessage(), e);
    }
    files.sort(null);
    for (Path p : files) {
      try {
        out.add(new Pending(p, fromJson(JSON.readTree(p.toFile()))));
      } catch (IOException | RuntimeException e) {
        // a file deleted by a concurrent merge, or not one of ours: leave it for a human
      }
    }
    return out;
  }

  static ObjectNode toJson(StoredRun r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id()).put("command", r.command()).put("args", r.argsJson()).put("model", r.model())
        .put("config", r.configJson()).put("scenario_id", r.scenarioId()).put("scenario_origin", r.scenarioOrigin())
        .put("scenario_format", r.scenarioFormat()).put("scenario_sha256", r.scenarioSha256())
        .put("scenario_text", r.scenarioText()).put("seed", r.seed()).put("app_version", r.appVersion())
        .put("java_version", r.javaVersion()).put("started", r.started().toString()).put("ended", r.ended().toString())
        .put("executor", r.executor()).put("result", r.resultJson());
    return n;
  }

  static StoredRun fromJson(JsonNode n) {
    return new StoredRun(text(n, "id"), text(n, "command"), text(n, "args"), text(n, "model"), text(n, "config"),
        text(n, "scenario_id"), text(n, "scenario_origin"), text(n, "scenario_format"), text(n, "scenario_sha256"),
        text(n, "scenario_text"), n.path("seed").asLong(), text(n, "app_version"), text(n, "java_version"),
        Instant.parse(text(n, "started")), Instant.parse(text(n, "ended")), text(n, "executor"), text(n, "result"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) throw new IllegalArgumentException("spooled run lacks " + field);
    return v.asText();
  }
}
