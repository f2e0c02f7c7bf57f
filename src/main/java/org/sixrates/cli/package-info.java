/**
 * The command line: {@code java -jar six-rates.jar score …} scores CSV files with a rules
 * file and writes the ranking as CSV, without starting the web server;
 * {@code hash-password} prints the BCrypt hash of a password for the user settings.
 */
package org.sixrates.cli;
