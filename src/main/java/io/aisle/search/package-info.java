/**
 * Hybrid product search: PostgreSQL full-text and trigram matching plus pgvector HNSW neighbours, fused by reciprocal rank fusion, with filters and facets. Arrives with the search issue.
 */
package io.aisle.search;
