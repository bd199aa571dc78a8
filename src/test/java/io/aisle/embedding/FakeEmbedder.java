package io.aisle.embedding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic stand-in model: a vector from the text's hash (and a seed, to play "new weights"). */
final class FakeEmbedder implements TextEmbedder {

    private final String name;
    private final int dimension;
    private final long seed;
    int calls;
    int texts;

    FakeEmbedder(String name, int dimension, long seed) {
        this.name = name;
        this.dimension = dimension;
        this.seed = seed;
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> input) {
        calls++;
        texts += input.size();
        List<float[]> out = new ArrayList<>(input.size());
        for (String text : input) {
            Random random = new Random(seed * 31 + java.util.Arrays.hashCode(text.getBytes(StandardCharsets.UTF_8)));
            float[] v = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                v[i] = (float) random.nextGaussian();
            }
            out.add(Vectors.normalized(v));
        }
        return out;
    }
}
