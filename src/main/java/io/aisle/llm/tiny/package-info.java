/**
 * Deterministic random models in Hugging Face layout, shaped like real Qwen2 / Llama checkpoints:
 * test fixtures for the runtime and, at Qwen2-0.5B's shape, the model for decode benchmarks.
 */
package io.aisle.llm.tiny;
