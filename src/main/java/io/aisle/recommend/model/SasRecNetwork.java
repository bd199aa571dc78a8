package io.aisle.recommend.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;

/**
 * The SASRec forward pass (Kang &amp; McAuley 2018) with pre-layer-norm blocks: item embedding
 * scaled by sqrt(d) plus a learned position embedding, dropout, then per block
 * {@code x += dropout(attention(norm(x)))} and {@code x += dropout(feedForward(norm(x)))} with
 * causal multi-head self-attention, and a final layer norm. Pre-LN trains stably without a
 * learning-rate warm-up. Every operation takes a batch array as its first operand, so all
 * intermediate arrays land in the batch's manager and are freed with it.
 */
final class SasRecNetwork {

    private static final float NORM_EPSILON = 1e-6f;
    /** Added to the attention logits of future positions: softmax turns it into a weight of 0. */
    private static final float MASKED = -1e9f;

    private final SasRecParameters p;
    private final SasRecConfig config;

    SasRecNetwork(SasRecParameters parameters, SasRecConfig config) {
        this.p = parameters;
        this.config = config;
    }

    /** The final hidden state at each of the batch's output positions: (outputs, hiddenSize). */
    NDArray hidden(NDManager scope, SasRecBatch batch, boolean training) {
        int d = config.hiddenSize();
        NDArray items = scope.create(batch.items(), new Shape(batch.rows(), batch.length()));
        NDArray positions = scope.arange(0, batch.length(), 1, DataType.INT64);
        NDArray x = embed(items, "item").mul(Math.sqrt(d)).add(embed(positions, "position"));
        x = dropout(x, training);
        NDArray causal = causalMask(scope, batch.length());
        for (int b = 0; b < config.blocks(); b++) {
            x = x.add(dropout(attention(norm(x, b + ".attentionNorm"), b, causal, training), training));
            x = x.add(dropout(feedForward(norm(x, b + ".feedForwardNorm"), b, training), training));
        }
        NDArray flat = x.reshape(batch.rows() * (long) batch.length(), d);
        // only real positions go on: the output layer over all items is the expensive part
        NDArray read = flat.get(scope.create(batch.outputs()));
        return norm(read, "final");
    }

    /** Scores of all items for each hidden state; the output layer shares the item embedding. */
    NDArray logits(NDArray hidden) {
        return Linear.linear(hidden, p.get("item")).singletonOrThrow();
    }

    private NDArray attention(NDArray x, int block, NDArray causal, boolean training) {
        Shape shape = x.getShape();
        long rows = shape.get(0);
        long length = shape.get(1);
        int heads = config.heads();
        int width = config.hiddenSize() / heads;
        NDArray q = splitHeads(project(x, block + ".query"), heads, width);
        NDArray k = splitHeads(project(x, block + ".key"), heads, width);
        NDArray v = splitHeads(project(x, block + ".value"), heads, width);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(width)).add(causal).softmax(-1);
        NDArray mixed = dropout(weights, training).matMul(v).transpose(0, 2, 1, 3)
                .reshape(rows, length, config.hiddenSize());
        return project(mixed, block + ".output");
    }

    private static NDArray splitHeads(NDArray x, int heads, int width) {
        Shape shape = x.getShape();
        return x.reshape(shape.get(0), shape.get(1), heads, width).transpose(0, 2, 1, 3);
    }

    private NDArray feedForward(NDArray x, int block, boolean training) {
        NDArray inner = dropout(Activation.relu(project(x, block + ".feedForward1")), training);
        return project(inner, block + ".feedForward2");
    }

    private NDArray embed(NDArray indices, String table) {
        return Embedding.embedding(indices, p.get(table), SparseFormat.DENSE).singletonOrThrow();
    }

    private NDArray project(NDArray x, String layer) {
        return Linear.linear(x, p.get(layer + ".weight"), p.get(layer + ".bias")).singletonOrThrow();
    }

    private NDArray norm(NDArray x, String layer) {
        return LayerNorm.layerNorm(x, new Shape(config.hiddenSize()), p.get(layer + ".gamma"), p.get(layer + ".beta"),
                NORM_EPSILON).singletonOrThrow();
    }

    private NDArray dropout(NDArray x, boolean training) {
        return config.dropout() > 0 ? Dropout.dropout(x, config.dropout(), training).singletonOrThrow() : x;
    }

    /** (length, length): 0 where a position may attend (itself and earlier), {@link #MASKED} after. */
    private static NDArray causalMask(NDManager scope, int length) {
        float[] mask = new float[length * length];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                mask[i * length + j] = MASKED;
            }
        }
        return scope.create(mask, new Shape(length, length));
    }
}
