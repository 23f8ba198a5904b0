/**
 * The run store seen from the application: storing every service's result with its typed request
 * and provenance, re-running a stored request, and exporting stored runs as tidy tables.
 */
package io.peninsula.app.runs;
