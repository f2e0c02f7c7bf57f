/**
 * Who may do what: the users (from configuration, passwords as BCrypt hashes), their
 * roles (ADMIN, CLERK of one committee, VIEWER), the login form for browsers, HTTP Basic
 * and API tokens for scripts, the throttling of failed sign-ins, the security headers of
 * every response, and {@link org.sixrates.security.Access}, which the services ask about
 * committee scope.
 */
package org.sixrates.security;
