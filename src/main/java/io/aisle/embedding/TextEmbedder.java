package io.aisle.embedding;

import java.util.List;

/**
 * Text to vectors with one fixed model. Vectors are unit length (cosine similarity is their dot product),
 * and a model never changes its name while its output changes: stored vectors are keyed by {@link #modelName()}.
 */
public interface TextEmbedder {

    /** Stable, lower-case name, e.g. {@code all-minilm-l6-v2}; stored with every vector. */
    String modelName();

    int dimension();

    /** Embeddings of documents (catalog texts), in input order. */
    List<float[]> embedAll(List<String> texts);

    /** The embedding of a shopper's query; models trained with a query instruction add it here. */
    default float[] embedQuery(String query) {
        return embedAll(List.of(query)).get(0);
    }
}
