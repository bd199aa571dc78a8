package io.aisle.embedding.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A LangChain4j in-process model whose ONNX session runs each text on one thread. LangChain4j's own model classes
 * open sessions with ONNX Runtime's default of one thread per core, so a search's query embedding took both cores of
 * a 2-core machine from the keyword query PostgreSQL runs beside it: on the 102k benchmark catalog a search for a new
 * query took a median 6.0–7.1 ms longer than the same search with its vector cached (3 runs); with one thread,
 * 0.2–1.4 ms (4 runs), while a query embedding alone took about as long (median 3.9–6.0 ms against 3.5–5.7).
 * Several texts still run in parallel, one per thread of LangChain4j's executor, which is how the catalog job
 * embeds its batches.
 */
final class SingleThreadSessionModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    /** @param modelResource and {@code tokenizerResource}: the file names inside the model's LangChain4j jar */
    SingleThreadSessionModel(String modelResource, String tokenizerResource, PoolingMode pooling, int dimension) {
        super(null); // LangChain4j's default executor: a thread per core for batches
        this.dimension = dimension;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(tokenizerResource)) {
            options.setIntraOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            byte[] model;
            try (InputStream in = resource(modelResource)) {
                model = in.readAllBytes();
            }
            this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model, options), tokenizer, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelResource + " from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + modelResource, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }

    private static InputStream resource(String name) {
        InputStream in = SingleThreadSessionModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: is its LangChain4j embeddings jar missing?");
        }
        return in;
    }
}
