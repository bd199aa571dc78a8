/**
 * Shopper identity (JWT from the store), staff roles, data scoping, rate limits, PII redaction, export and erasure.
 */
package io.aisle.security;
