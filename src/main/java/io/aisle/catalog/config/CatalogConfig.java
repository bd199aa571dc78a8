package io.aisle.catalog.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "aisle.catalog")
public interface CatalogConfig {

    /** ISO 4217 code used when an imported row names none. */
    String defaultCurrency();

    Import importing();

    interface Import {
        /** Rows in one import request; everything is validated before anything is written. */
        int maxRows();
    }
}
