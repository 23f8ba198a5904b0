/**
 * Services over time: the years-ahead simulation with events, the status quo carried forward and
 * arms dynamics, and the Richardson arms fit to the bundled military expenditure data (for
 * {@code arms fit} and simulate's {@code --arms} dyad).
 */
package io.peninsula.app.dynamics;
