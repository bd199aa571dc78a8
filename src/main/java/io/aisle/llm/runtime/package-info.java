/**
 * In-process inference of decoder-only Llama and Qwen2 models on DJL's PyTorch engine.
 * {@link io.aisle.llm.runtime.DjlCausalLm#load} reads a Hugging Face folder (config.json,
 * model.safetensors or shards; F32, F16 or BF16) and hands out {@link io.aisle.llm.runtime.Sequence}s,
 * each with its own KV cache. DJL 0.35.1 aborts on BF16 arrays, so PyTorch gets fp32 weights; a BF16
 * model's decoded tokens multiply by the 2-byte weights in Java instead ({@link io.aisle.llm.runtime.gemv}).
 * On the CPU all arithmetic is float32 (verified against an independent reference to 1e-4);
 * the "gpu" device keeps weights in float16 and is untested, no GPU being available here.
 */
package io.aisle.llm.runtime;
