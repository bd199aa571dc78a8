package io.aisle.catalog.demo;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

@ConfigMapping(prefix = "aisle.demo")
public interface DemoStoreConfig {

    /** The gzipped UCI Online Retail CSV. */
    Path file();

    /** Keyword rules that give demo products a category. */
    Path categories();

    /** Load the demo store when the app starts (skipped when the same file was loaded before). */
    boolean loadOnStart();
}
