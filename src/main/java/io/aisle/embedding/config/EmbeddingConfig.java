package io.aisle.embedding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "aisle.embedding")
public interface EmbeddingConfig {

    /** The model search uses: all-minilm-l6-v2, all-minilm-l6-v2-q or bge-small-en-v15. */
    @WithDefault("all-minilm-l6-v2-q")
    String model();

    /** Bring the catalog's vectors up to date when the app starts (in the background). */
    @WithDefault("true")
    boolean syncOnStart();

    /** Re-embed changed products after every catalog import that changed something (in the background). */
    @WithDefault("true")
    boolean syncAfterImport();

    /** Also re-check the catalog this often (e.g. 10m), for changes made outside the import API; "off" by default. */
    @WithDefault("off")
    String syncEvery();

    /** Texts per call to the model. */
    @WithDefault("32")
    int batchSize();

    /** Products read from the database per round trip while looking for changed ones. */
    @WithDefault("500")
    int scanBatchSize();

    /** Longer product texts are cut here before embedding (the models read at most 256-512 tokens). */
    @WithDefault("1000")
    int maxTextChars();
}
