package io.aisle.llm.runtime.gemv;

import java.nio.FloatBuffer;
import java.nio.ShortBuffer;

/**
 * A matrix of BF16 weights, [rows, columns] row-major, kept at 2 bytes a weight on the Java heap:
 * each int holds two neighbouring weights of a row (column 2k in the low half, 2k + 1 in the high
 * half, as they lie in a little-endian file). Widening a pair to two floats is then one shift and
 * one mask inside a vector register, with no lane shuffles. A row of odd width ends in a pair whose
 * high half is zero, so rows never share an int.
 */
public final class Bf16Rows extends WeightMatrix {

    private final int pairsPerRow;
    private final int[] pairs;

    public Bf16Rows(int rows, int columns) {
        super(rows, columns);
        this.pairsPerRow = (columns + 1) / 2;
        this.pairs = new int[Math.multiplyExact(rows, pairsPerRow)];
    }

    /** Copies count rows of raw BF16 bits, row-major from the buffer's position, into rows [firstRow, firstRow + count). */
    public void put(int firstRow, int count, ShortBuffer bits) {
        if (firstRow < 0 || count < 0 || firstRow + count > rows()) {
            throw new IndexOutOfBoundsException("Rows [" + firstRow + ", " + (firstRow + count) + ") of " + rows());
        }
        for (int r = firstRow; r < firstRow + count; r++) {
            int at = r * pairsPerRow;
            for (int c = 0; c < columns(); c += 2) {
                int low = bits.get() & 0xffff;
                int high = c + 1 < columns() ? bits.get() & 0xffff : 0;
                pairs[at++] = low | high << 16;
            }
        }
    }

    /** Row r widened to float (exact: every BF16 value is a float). */
    public void widenRow(int r, float[] target, int offset) {
        int at = r * pairsPerRow;
        for (int c = 0; c < columns(); c += 2) {
            int pair = pairs[at++];
            target[offset + c] = Float.intBitsToFloat(pair << 16);
            if (c + 1 < columns()) {
                target[offset + c + 1] = Float.intBitsToFloat(pair & 0xffff0000);
            }
        }
    }

    /** Rows [from, to) widened into target at their row-major positions (target holds the whole matrix). */
    public void widenRows(int from, int to, FloatBuffer target) {
        for (int r = from; r < to; r++) {
            int at = r * pairsPerRow;
            int out = r * columns();
            for (int c = 0; c < columns(); c += 2) {
                int pair = pairs[at++];
                target.put(out + c, Float.intBitsToFloat(pair << 16));
                if (c + 1 < columns()) {
                    target.put(out + c + 1, Float.intBitsToFloat(pair & 0xffff0000));
                }
            }
        }
    }

    int pairsPerRow() {
        return pairsPerRow;
    }

    int[] pairs() {
        return pairs;
    }

    @Override
    public long bytes() {
        return pairs.length * 4L;
    }
}
