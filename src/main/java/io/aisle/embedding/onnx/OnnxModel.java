package io.aisle.embedding.onnx;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The in-process ONNX sentence-embedding models that ship as jars (LangChain4j), by configuration name. */
public enum OnnxModel {

    /** English, 384-d, mean pooling; the default. */
    ALL_MINILM_L6_V2("all-minilm-l6-v2", 384, "", "all-minilm-l6-v2", PoolingMode.MEAN),
    /** The same model quantized to int8: about 2.5x faster, slightly less accurate. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", 384, "", "all-minilm-l6-v2-q", PoolingMode.MEAN),
    /** BAAI bge-small-en-v1.5, 384-d, CLS pooling; short queries get BGE's retrieval instruction. */
    BGE_SMALL_EN_V15("bge-small-en-v15", 384, "Represent this sentence for searching relevant passages: ",
            "bge-small-en-v1.5", PoolingMode.CLS);

    private final String modelName;
    private final int dimension;
    private final String queryInstruction;
    /** Stem of the model's files in its LangChain4j jar: {@code <stem>.onnx}, {@code <stem>-tokenizer.json}. */
    private final String jarFiles;
    private final PoolingMode pooling;

    OnnxModel(String modelName, int dimension, String queryInstruction, String jarFiles, PoolingMode pooling) {
        this.modelName = modelName;
        this.dimension = dimension;
        this.queryInstruction = queryInstruction;
        this.jarFiles = jarFiles;
        this.pooling = pooling;
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
        return new OnnxTextEmbedder(modelName, dimension, queryInstruction,
                new SingleThreadSessionModel(jarFiles + ".onnx", jarFiles + "-tokenizer.json", pooling, dimension));
    }
}
