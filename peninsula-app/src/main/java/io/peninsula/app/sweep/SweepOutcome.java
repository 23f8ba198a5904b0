package io.peninsula.app.sweep;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.sweep.SweepTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A finished sweep: its tidy table, the table as CSV (doubles in round-trip form) with its
 * SHA-256, and the provenance. The JSON result holds the row count, the CSV's hash, the columns
 * and, for tables up to {@value #TABLE_ROWS_STORED} rows, the rows themselves.
 */
public record SweepOutcome(Provenance provenance, SweepRequest request, SweepTable table, String csv, String csvSha256)
    implements ServiceResult {
  /** Tables up to this many rows are kept whole in the result (and so in the run store). */
  public static final int TABLE_ROWS_STORED = 5000;

  @Override
  public Object resultJson() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("rows", table.rows().size());
    result.put("csv_sha256", csvSha256);
    result.put("columns", table.columns().stream().map(SweepTable.Column::name).toList());
    if (table.rows().size() <= TABLE_ROWS_STORED) result.put("table", table.rows());
    return result;
  }

  /** A sweep reads several scenarios: their names and hashes are the provenance's inputs, none is "the" scenario. */
  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.empty();
  }
}
