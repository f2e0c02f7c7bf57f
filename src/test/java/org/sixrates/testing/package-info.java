/**
 * What tests share: a migrated database, H2 or, on the PostgreSQL run, a fresh PostgreSQL
 * schema, for plain tests and Spring application contexts alike.
 */
package org.sixrates.testing;
