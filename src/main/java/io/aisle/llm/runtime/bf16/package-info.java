/**
 * Matrix-vector products over BF16 weights kept at 2 bytes each, with fp32 arithmetic, on Java 17's
 * incubating Vector API: what the runtime uses to decode a token from a BF16 model, reading half the
 * bytes PyTorch would (it only takes the weights widened to fp32). Only {@link
 * io.aisle.llm.runtime.bf16.Bf16Gemv} touches {@code jdk.incubator.vector}, and only after {@link
 * io.aisle.llm.runtime.bf16.VectorSupport#available()} said the JVM has it.
 */
package io.aisle.llm.runtime.bf16;
