package io.aisle.embedding.onnx;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The in-process ONNX sentence-embedding models that ship as jars (LangChain4j), by configuration name. */
public enum OnnxModel {

    /** English, 384-d, mean pooling; the default. */
    ALL_MINILM_L6_V2("all-minilm-l6-v2", 384, "", AllMiniLmL6V2EmbeddingModel::new),
    /** The same model quantized to int8: about 2.5x faster, slightly less accurate. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", 384, "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
    /** BAAI bge-small-en-v1.5, 384-d, CLS pooling; short queries get BGE's retrieval instruction. */
    BGE_SMALL_EN_V15("bge-small-en-v15", 384, "Represent this sentence for searching relevant passages: ",
            BgeSmallEnV15EmbeddingModel::new);

    private final String modelName;
    private final int dimension;
    private final String queryInstruction;
    private final Supplier<EmbeddingModel> loader;

    OnnxModel(String modelName, int dimension, String queryInstruction, Supplier<EmbeddingModel> loader) {
        this.modelName = modelName;
        this.dimension = dimension;
        this.queryInstruction = queryInstruction;
        this.loader = loader;
    }

    public static Optional<OnnxModel> byName(String name) {
        return Arrays.stream(values()).filter(m -> m.modelName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OnnxModel::modelName).toList();
    }

    public String modelName() {
        return modelName;
    }

    public int dimension() {
        return dimension;
    }

    /** Loads the ONNX weights from the jar (tens of MB; a second or two). */
    public OnnxTextEmbedder load() {
        return new OnnxTextEmbedder(modelName, dimension, queryInstruction, loader.get());
    }
}
