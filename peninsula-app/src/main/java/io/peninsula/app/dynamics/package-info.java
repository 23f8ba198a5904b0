/** Services over time: the years-ahead simulation with events, the status quo carried forward and arms dynamics. */
package io.peninsula.app.dynamics;
