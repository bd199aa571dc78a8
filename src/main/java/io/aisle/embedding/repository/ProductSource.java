package io.aisle.embedding.repository;

/** A product's embeddable fields with the hash of the text its stored vector was made from (null if none). */
public record ProductSource(long id, String title, String categoryPath, String attributesJson, String description,
                            byte[] storedHash) {
}
