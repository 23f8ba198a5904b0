/** Services over games in Gambit's formats: solving (strategic or tree form, optional dominance reduction), reducing, reading game files. */
package io.peninsula.app.games;
