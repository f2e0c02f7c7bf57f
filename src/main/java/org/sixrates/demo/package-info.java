/**
 * The demo city 锦澜市: ten county and district committees over three assessment years, made
 * from a fixed seed so the demo data are the same on every machine, and written as the
 * {@code committees.csv} and {@code records.csv} of DESIGN §2; an empty database is
 * seeded with them at start. {@link org.sixrates.demo.GeneratedCity} makes a city of any
 * size by the same code, streaming, for the {@code generate} command.
 */
package org.sixrates.demo;
