/** The run store seen from the application: storing every service's result with its typed request and provenance, and re-running a stored request. */
package io.peninsula.app.runs;
