package io.aisle.search.model;

/**
 * One search.
 *
 * @param query     the shopper's words (may be blank when filters are given: then the filtered catalog is listed)
 * @param filters   the caller's filters; the query's own (price phrases, categories...) are added to them
 * @param mode      which retrievers
 * @param model     embedding model for the vector retriever; null for the configured one
 * @param interpret false to take the query literally (no filters from its words), e.g. for evaluations
 */
public record SearchRequest(String query, SearchFilters filters, SearchMode mode, String model, boolean interpret,
                            int page, int size) {
}
