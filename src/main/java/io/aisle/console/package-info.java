/**
 * Agents' inbox and takeover, conversation-log review and dashboards.
 */
package io.aisle.console;
