package io.aisle.llm.runtime.gemv;

/** A [rows, columns] matrix of weights, row-major, in a storage one of the decoding kernels reads. */
public abstract class WeightMatrix {

    private final int rows;
    private final int columns;

    protected WeightMatrix(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("A matrix needs rows and columns, got " + rows + " x " + columns);
        }
        this.rows = rows;
        this.columns = columns;
    }

    public final int rows() {
        return rows;
    }

    public final int columns() {
        return columns;
    }

    /** Bytes the weights take in memory. */
    public abstract long bytes();
}
