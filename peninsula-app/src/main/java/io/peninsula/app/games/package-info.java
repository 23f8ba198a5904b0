/**
 * Services over games: solving Gambit files (strategic or tree form, optional dominance reduction),
 * reducing them, reading game files, and building the registered security games from a scenario
 * ({@link io.peninsula.app.games.GameBuildService}, used by the command line and the workbench).
 */
package io.peninsula.app.games;
