/** Readers of other tools' bargaining data: KTAB CSV, the BDM replication CSV, Decide's exchange format and DEU III. */
package io.peninsula.formats.imports;
