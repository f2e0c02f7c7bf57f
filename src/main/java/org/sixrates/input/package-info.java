/**
 * What every reader of user files reports when the file is wrong: file, line, column,
 * value and what was expected.
 */
package org.sixrates.input;
