/**
 * The command line: {@code java -jar six-rates.jar score …} scores CSV files with a rules file
 * and writes the ranking as CSV, without starting the web server.
 */
package org.sixrates.cli;
