/** Reading and writing files: the registry of scenario input formats, bundled scenarios and the input errors that name file:line:column. */
package io.peninsula.formats;
