/** The command line (picocli): each command parses its options into a typed request, calls one application service and renders the result as a table, CSV or JSON. */
package io.peninsula.cli;
