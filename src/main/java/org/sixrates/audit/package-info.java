/**
 * The audit trail page for the city office: every import and edit, newest first, with
 * each changed row's fields before and after. The rows are written by the importer, in
 * the transaction of the change.
 */
package org.sixrates.audit;
