package io.aisle.ltv.deep;

/** Copies rows into the flat row-major buffers NDArrays are created from. */
final class Batches {

    private Batches() {
    }

    static float[] flatten(float[][] rows, int columns) {
        float[] flat = new float[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " columns, expected " + columns);
            }
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return flat;
    }

    static float[][] rows(float[][] all, int[] indices, int from, int to) {
        float[][] picked = new float[to - from][];
        for (int i = from; i < to; i++) {
            picked[i - from] = all[indices[i]];
        }
        return picked;
    }

    static float[] values(float[] all, int[] indices, int from, int to) {
        float[] picked = new float[to - from];
        for (int i = from; i < to; i++) {
            picked[i - from] = all[indices[i]];
        }
        return picked;
    }
}
