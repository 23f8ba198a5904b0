package io.peninsula.cli;

import io.peninsula.app.ServiceResult;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.store.StoredRun;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** Hands a finished run to the invocation's recorder and tells the user where it went (stderr). */
final class Recording {
  private Recording() {}

  /**
   * Records a service's run if a recorder is configured; returns the run id or empty. The result
   * has been printed before this is called, so a store failure loses nothing but the record.
   */
  static Optional<String> record(CommandSpec spec, StoreOptions store, ServiceResult run) {
    var recorder = store.recorder();
    if (recorder.isEmpty()) return Optional.empty();
    return Optional.of(announce(spec, store, recorder.get().record(RunLog.toStored(run, args(spec)))));
  }

  /** Records a run of a command not yet on a service (the older, untyped form). */
  static Optional<String> record(CommandSpec spec, StoreOptions store, String command, String model,
      Map<String, Object> config, LoadedScenario scenario, long seed, Instant started, String executor, String resultJson) {
    var recorder = store.recorder();
    if (recorder.isEmpty()) return Optional.empty();
    StoredRun run = new StoredRun("", command, io.peninsula.app.Json.write(args(spec)), model,
        io.peninsula.app.Json.write(new java.util.TreeMap<>(config)), scenario.scenario().metadata().id(), scenario.origin(),
        scenario.format(), scenario.sha256(), scenario.content(), seed, io.peninsula.app.AppVersion.get(),
        io.peninsula.app.AppVersion.java(), started, Instant.now(), executor, resultJson);
    return Optional.of(announce(spec, store, recorder.get().record(run)));
  }

  private static String announce(CommandSpec spec, StoreOptions store, String id) {
    if (RunContext.recorderOverride().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("run " + id + " stored in " + store.file() + " (peninsula runs show " + id + ")");
      err.flush();
    }
    return id;
  }

  private static List<String> args(CommandSpec spec) {
    if (spec.commandLine().getParseResult() == null) return List.of();
    picocli.CommandLine root = spec.commandLine();
    while (root.getParent() != null) root = root.getParent();
    picocli.CommandLine.ParseResult pr = root.getParseResult();
    return pr == null ? spec.commandLine().getParseResult().originalArgs() : pr.originalArgs();
  }
}
