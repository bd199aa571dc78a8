package io.aisle.llm.runtime.gemv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A matrix of fp32 weights, [rows, columns] row-major, in one direct (off-heap) buffer in the
 * platform's byte order: the layout PyTorch's tensors use, so a PyTorch array created from {@link
 * #buffer()} reads this same memory (DJL wraps a direct buffer without copying it). The matrix is
 * then held once, for PyTorch's prefill and for the Java decoding kernel alike. A buffer is indexed
 * by int, so a matrix holds at most 2 GB.
 */
public final class F32Rows extends WeightMatrix {

    private final ByteBuffer bytes;

    private F32Rows(int rows, int columns, ByteBuffer bytes) {
        super(rows, columns);
        this.bytes = bytes;
    }

    /** A zeroed matrix; fails if it would exceed a buffer's 2 GB. */
    public static F32Rows allocate(int rows, int columns) {
        long size = (long) rows * columns * Float.BYTES;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A " + rows + " x " + columns + " fp32 matrix (" + size
                    + " bytes) exceeds one buffer's 2 GB");
        }
        return new F32Rows(rows, columns, ByteBuffer.allocateDirect((int) size).order(ByteOrder.nativeOrder()));
    }

    /** Copies whole rows, row-major, into rows [firstRow, firstRow + values.length / columns). */
    public void put(int firstRow, float[] values) {
        if (values.length % columns() != 0 || firstRow < 0 || firstRow + values.length / columns() > rows()) {
            throw new IndexOutOfBoundsException(values.length + " values at row " + firstRow + " of a " + rows() + " x "
                    + columns() + " matrix");
        }
        bytes.asFloatBuffer().put(firstRow * columns(), values);
    }

    /** Copies one row from values[offset, offset + columns). */
    public void setRow(int row, float[] values, int offset) {
        Objects.checkIndex(row, rows());
        bytes.asFloatBuffer().put(row * columns(), values, offset, columns());
    }

    /** The matrix's memory (a view: its position and limit are the caller's), in native byte order. */
    public ByteBuffer buffer() {
        return bytes.duplicate().order(ByteOrder.nativeOrder());
    }

    /** The kernel reads through this shared instance: it only uses absolute indices. */
    ByteBuffer memory() {
        return bytes;
    }

    @Override
    public long bytes() {
        return bytes.capacity();
    }
}
