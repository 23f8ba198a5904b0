/** The YAML/JSON scenario format: located parsing, binding into the scenario model, and writing it back. */
package io.peninsula.formats.scenario;
