package io.aisle.embedding.onnx;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;

/** A LangChain4j in-process embedding model behind {@link TextEmbedder}; thread-safe. */
public final class OnnxTextEmbedder implements TextEmbedder {

    /** LangChain4j refuses blank segments; a blank text gets this stand-in. */
    private static final String BLANK = "-";

    private final String modelName;
    private final int dimension;
    private final String queryInstruction;
    private final EmbeddingModel model;

    OnnxTextEmbedder(String modelName, int dimension, String queryInstruction, EmbeddingModel model) {
        this.modelName = modelName;
        this.dimension = dimension;
        this.queryInstruction = queryInstruction;
        this.model = model;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text == null || text.isBlank() ? BLANK : text));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            float[] vector = embedding.vector();
            if (vector.length != dimension) {
                throw new IllegalStateException(modelName + " gave a " + vector.length + "-d vector; expected " + dimension);
            }
            vectors.add(Vectors.normalized(vector));
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        return embedAll(List.of(queryInstruction + query)).get(0);
    }
}
