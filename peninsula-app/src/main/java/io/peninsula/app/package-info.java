/**
 * The application layer shared by every front end: provenance, the JSON document shape, versions
 * and the errors a request can end in; the operations live in the sub-packages.
 */
package io.peninsula.app;
