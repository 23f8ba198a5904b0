/** The scenario model: actors, issues with their scales, positions, relations, policy options and uncertainty, as validated records. */
package io.peninsula.model;
