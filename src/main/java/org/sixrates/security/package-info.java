/**
 * Who may do what: the users (from configuration, passwords as BCrypt hashes, and those
 * the city office keeps in the database at {@code /account/users}), their roles (ADMIN,
 * CLERK of one committee, VIEWER), everyone's own password, the login form for browsers,
 * HTTP Basic and API tokens for scripts, the throttling of failed sign-ins, the security
 * headers of every response, and {@link org.sixrates.security.Access}, which the services
 * ask about committee scope.
 */
package org.sixrates.security;
