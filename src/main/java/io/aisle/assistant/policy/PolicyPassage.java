package io.aisle.assistant.policy;

/** A section of a policy document found for a question, with the cosine similarity of their embeddings. */
public record PolicyPassage(String topic, String title, String heading, String text, double similarity) {
}
