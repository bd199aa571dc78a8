/**
 * The shopping assistant: a LangChain4j AI service with catalog, search, recommendation and order tools, grounded no-LLM mode, memory and guardrails. Arrives with the assistant issue.
 */
package io.aisle.assistant;
