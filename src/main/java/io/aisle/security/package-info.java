/**
 * Shopper identity (JWT from the store), staff roles, data scoping, rate limits, PII redaction, export and erasure. Arrives with the security issue.
 */
package io.aisle.security;
