/**
 * Text to vectors in-process (LangChain4j ONNX embedding models) and batch re-embedding of the catalog. Arrives with the search issue.
 */
package io.aisle.embedding;
