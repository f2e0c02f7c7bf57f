/**
 * The command line: {@code java -jar six-rates.jar score …} scores CSV files with a rules
 * file and writes the ranking as CSV, {@code awards --year Y …} the year's award list,
 * without starting the web server; {@code hash-password} prints the BCrypt hash of a
 * password for the user settings.
 */
package org.sixrates.cli;
