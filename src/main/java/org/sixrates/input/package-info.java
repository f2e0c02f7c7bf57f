/**
 * What every reader of user files reports when the file is wrong: file, line, column,
 * value and what was expected; and the cells of the CSV files written back to them.
 */
package org.sixrates.input;
