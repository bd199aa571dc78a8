package io.aisle.search.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.catalog.mapping.ProductView;
import java.util.List;

/**
 * One result.
 *
 * @param score   the fused score (reciprocal rank fusion); results are ordered by it
 * @param foundBy the retrievers that found the product: keyword, vector, or both
 * @param keyword its rank and score in the keyword retriever, if it found it
 * @param vector  its rank and cosine similarity in the vector retriever, if it found it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(ProductView product, double score, List<String> foundBy, RetrieverHit keyword,
                        RetrieverHit vector) {
}
