/** The exchange model of Stokman and Van Oosten: actors trade voting positions across issues. */
package io.peninsula.engine.bargaining.exchange;
