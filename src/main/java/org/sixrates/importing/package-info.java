/**
 * Reading {@code committees.csv} and {@code records.csv} (DESIGN §2) into the database:
 * the encoding is detected, headers and values may be English or Chinese, every error in
 * a file is reported at once, and one file is one transaction.
 */
package org.sixrates.importing;
