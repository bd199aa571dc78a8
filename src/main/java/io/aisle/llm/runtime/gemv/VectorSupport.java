package io.aisle.llm.runtime.gemv;

/**
 * Whether the JVM was started with {@code --add-modules jdk.incubator.vector}: without it the
 * kernel's classes cannot load, and the runtime keeps its fp32 PyTorch path.
 */
public final class VectorSupport {

    private static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorSupport() {
    }

    public static boolean available() {
        return AVAILABLE;
    }
}
