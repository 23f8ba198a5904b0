/** Scenario references, loading (bundled names and files in every registered input format) and the loaded scenario with its hash. */
package io.peninsula.app.scenario;
