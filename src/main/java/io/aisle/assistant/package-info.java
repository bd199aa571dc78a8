/**
 * The shopping assistant: a LangChain4j AI service with catalog, search, recommendation and order tools, grounded no-LLM mode, memory and guardrails.
 */
package io.aisle.assistant;
