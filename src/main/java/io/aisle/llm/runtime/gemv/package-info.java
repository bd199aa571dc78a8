/**
 * Matrix-vector products for decoding one token, with fp32 arithmetic, on Java 17's incubating
 * Vector API: {@link io.aisle.llm.runtime.gemv.Bf16Linear} over BF16 weights kept at 2 bytes each
 * (half the bytes PyTorch would read: it only takes them widened to fp32), and {@link
 * io.aisle.llm.runtime.gemv.F32Linear} over fp32 weights in the very memory PyTorch's arrays use
 * (whose rows split over threads where PyTorch's decode does not scale). Both share {@link
 * io.aisle.llm.runtime.gemv.DecodeLinear} (shape checks, bias) and {@link
 * io.aisle.llm.runtime.gemv.RowWorkers} (rows over threads). {@link
 * io.aisle.llm.runtime.gemv.CachedAttention} is a decoded token's attention over the KV cache's rows,
 * {@link io.aisle.llm.runtime.gemv.SwiGlu} its MLP's activation. Only the two *Gemv classes,
 * AttentionKernel and SwiGlu touch {@code jdk.incubator.vector}, and only after {@link
 * io.aisle.llm.runtime.gemv.VectorSupport#available()} said the JVM has it.
 */
package io.aisle.llm.runtime.gemv;
