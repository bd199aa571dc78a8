package io.aisle.security.privacy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "aisle.privacy")
public interface PrivacyConfig {

    /** How long raw chat text is kept (ISO-8601 in days or hours, e.g. P180D), or "off" to keep it forever. */
    @WithDefault("P180D")
    String chatRetention();

    /** When the retention job runs (Quarkus cron), or "off". */
    @WithDefault("0 15 2 * * ?")
    String retentionCron();

    /** Rows rewritten per transaction by the retention job. */
    @WithDefault("5000")
    int retentionBatchSize();
}
