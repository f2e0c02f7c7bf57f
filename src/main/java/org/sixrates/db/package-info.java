/**
 * The jOOQ classes generated from {@code sql/} at build time: the tables every module
 * reads and writes. Open, so that each module reaches the generated tables and records it
 * needs.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.sixrates.db;

import org.springframework.modulith.ApplicationModule;
