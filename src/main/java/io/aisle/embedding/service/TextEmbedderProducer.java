package io.aisle.embedding.service;

import io.aisle.embedding.TextEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the configured model injectable as {@link TextEmbedder}; it is loaded on first use. */
@ApplicationScoped
public class TextEmbedderProducer {

    @Produces
    @ApplicationScoped
    TextEmbedder activeEmbedder(TextEmbedders embedders) {
        return embedders.active();
    }
}
