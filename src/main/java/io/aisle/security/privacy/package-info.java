/**
 * Privacy: a shopper's data export, erasure on request (orders kept, de-identified) and the retention of raw chat
 * text. See docs/privacy.md.
 */
package io.aisle.security.privacy;
