/**
 * The product's words, each defined once: the fields of records and committees (what they
 * hold, their names in files, JSON and forms), the closed vocabularies, their labels in
 * the message bundles, the messages users read and how numbers are written. Plain Java:
 * the importer, the rules, the scoring core, the pages and the command line all read it.
 */
package org.sixrates.vocabulary;
