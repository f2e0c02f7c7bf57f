/**
 * What every page and endpoint shares: the language (Chinese by default, {@code ?lang=en}
 * switches), labels and number formats for the templates, and errors as RFC 9457 problem
 * details for the API and as a page for the browser.
 */
package org.sixrates.web;
