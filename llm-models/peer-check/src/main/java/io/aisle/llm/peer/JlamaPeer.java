package io.aisle.llm.peer;

import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.model.ModelSupport;
import com.github.tjake.jlama.safetensors.DType;
import com.github.tjake.jlama.safetensors.SafeTensorSupport;
import com.github.tjake.jlama.tensor.AbstractTensor;
import com.github.tjake.jlama.tensor.KvBufferCache;
import com.github.tjake.jlama.tensor.operations.TensorOperationsProvider;
import com.github.tjake.jlama.util.PhysicalCoreExecutor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model loaded by jlama with F32 working memory and no quantization, driven token by token
 * through jlama's own forward pass, KV cache and argmax, so that every number comes from jlama.
 */
public final class JlamaPeer implements AutoCloseable {

    private final AbstractModel model;
    private final KvBufferCache kvCaches;
    private final int vocabularySize;

    private JlamaPeer(AbstractModel model) {
        this.model = model;
        this.kvCaches = new KvBufferCache(model);
        this.vocabularySize = model.getConfig().vocabularySize;
    }

    /**
     * F32 activations; weights stay in their file type. The explicit F32 "model quantization" matters
     * for BF16 files: without it jlama rounds activations to BF16 before each matmul.
     */
    public static JlamaPeer load(Path modelDir) {
        JlamaCompatibility.requireSupported(modelDir);
        return new JlamaPeer(ModelSupport.loadModel(AbstractModel.InferenceType.FULL_GENERATION, modelDir.toFile(), null,
                DType.F32, DType.F32, Optional.of(DType.F32), Optional.empty(), Optional.empty(),
                SafeTensorSupport::loadWeights));
    }

    public int vocabularySize() {
        return vocabularySize;
    }

    /** Raw (pre-softmax) logits of the last {@code rows} prompt positions, from one batched prefill. */
    public float[][] promptLogits(int[] prompt, int rows) {
        try (KvBufferCache.KvBuffer kv = kvCaches.getEphemeralKvBuffer();
                AbstractTensor hidden = model.batchForward(prompt, 0, kv);
                AbstractTensor scratch = model.makeDenseTensor(1, vocabularySize)) {
            int batchRows = hidden.shape().first();
            if (rows > batchRows) {
                throw new IllegalArgumentException("jlama returns hidden states for the last " + batchRows
                        + " prompt positions only, " + rows + " logit rows were asked for");
            }
            float[][] logits = new float[rows][];
            for (int r = 0; r < rows; r++) {
                model.sample(hidden.slice(batchRows - rows + r), 0f, 0f, scratch);
                logits[r] = copy(scratch);
            }
            return logits;
        }
    }

    /**
     * Greedy decoding as jlama does it: batched prefill, then one token at a time against its KV
     * cache. With {@code keepLogits} it also returns the logits each token was chosen from (to judge
     * near-ties); without, nothing but jlama's work falls inside the timings.
     */
    public Greedy greedy(int[] prompt, int tokens, boolean keepLogits) {
        if (tokens == 0) {
            return new Greedy(new int[0], new float[0][], 0, 0);
        }
        int[] chosen = new int[tokens];
        float[][] stepLogits = new float[keepLogits ? tokens : 0][];
        long start = System.nanoTime();
        long firstToken = 0;
        try (KvBufferCache.KvBuffer kv = kvCaches.getEphemeralKvBuffer();
                AbstractTensor scratch = model.makeDenseTensor(1, vocabularySize)) {
            AbstractTensor hidden = model.batchForward(prompt, 0, kv);
            for (int step = 0; step < tokens; step++) {
                chosen[step] = model.sample(hidden.slice(hidden.shape().first() - 1), 0f, 0f, scratch);
                hidden.close();
                if (step == 0) {
                    firstToken = System.nanoTime();
                }
                if (keepLogits) {
                    stepLogits[step] = copy(scratch);
                }
                if (step + 1 < tokens) {
                    hidden = model.forward(chosen[step], prompt.length + step, kv, Optional.empty());
                }
            }
        }
        return new Greedy(chosen, stepLogits, firstToken - start, System.nanoTime() - firstToken);
    }

    /**
     * Tokens chosen by argmax, the logits they were chosen from (if kept), the nanoseconds from the
     * start to the first token (prefill and its sampling) and from there to the last token.
     */
    public record Greedy(int[] tokens, float[][] logits, long timeToFirstTokenNanos, long decodeNanos) {
    }

    public AbstractModel model() {
        return model;
    }

    /** Which of jlama's kernels run and on how many threads, for reports. */
    public static String arithmetic() {
        return TensorOperationsProvider.get().name() + ", " + PhysicalCoreExecutor.instance.get().getCoreCount() + " threads";
    }

    private float[] copy(AbstractTensor logits) {
        float[] values = new float[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            values[i] = logits.get(0, i);
        }
        return values;
    }

    @Override
    public void close() {
        kvCaches.close();
        model.close();
        try {
            model.getWeights().close();
        } catch (Exception e) {
            throw new IllegalStateException("jlama could not release the weights of a model", e);
        }
    }
}
