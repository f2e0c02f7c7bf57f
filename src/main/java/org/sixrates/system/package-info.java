/**
 * How the application is put together: settings and the wiring of the plain-Java core.
 */
package org.sixrates.system;
