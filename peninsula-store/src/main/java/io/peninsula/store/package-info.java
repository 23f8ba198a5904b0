/** The run store: an embedded DuckDB file holding every stored run with its provenance. */
package io.peninsula.store;
