package io.peninsula.app.sweep;

import java.util.Objects;

/**
 * A sweep: the spec's text (YAML or JSON, as documented in docs/sweeps.md; for a sweep given by
 * flags, the spec they build, see {@link SweepService#specFromFlags}), the name it is reported
 * under in errors ({@code file.yaml} or {@code (flags)}), the directory scenario files in the
 * spec are relative to, the engine ({@code local} or {@code spark}), the Spark master URL, and
 * the local worker threads (the table does not depend on them, nor on the engine).
 */
public record SweepRequest(String specName, String spec, String baseDirectory, String engine, String master, int threads) {
  public SweepRequest {
    Objects.requireNonNull(specName, "specName");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(master, "master");
  }
}
