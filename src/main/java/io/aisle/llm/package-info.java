/**
 * The chat model: an in-process Llama/Qwen2 runtime on DJL and an OpenAI-compatible client for vLLM, behind LangChain4j's ChatModel.
 */
package io.aisle.llm;
