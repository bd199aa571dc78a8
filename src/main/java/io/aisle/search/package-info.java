/**
 * Hybrid product search: PostgreSQL full-text and trigram matching plus pgvector HNSW neighbours, fused by a convex
 * combination of normalised scores (or reciprocal rank fusion), with filters and facets.
 */
package io.aisle.search;
