/**
 * The append-only interaction log (schema in docs/events.md): validated, idempotent batch and NDJSON
 * ingestion. Models retrain from it.
 */
package io.aisle.events;
