/**
 * Agents' inbox and takeover, conversation-log review and dashboards. Arrives with the console issue.
 */
package io.aisle.console;
