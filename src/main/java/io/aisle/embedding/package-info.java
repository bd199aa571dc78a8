/**
 * Text to vectors in-process (LangChain4j ONNX embedding models) and batch re-embedding of the catalog.
 */
package io.aisle.embedding;
