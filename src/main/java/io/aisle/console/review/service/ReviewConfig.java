package io.aisle.console.review.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of conversation-log review ({@code aisle.review.*}). */
@ConfigMapping(prefix = "aisle.review")
public interface ReviewConfig {

    /** Conversations per result page when the request names no size. */
    @WithDefault("20")
    int pageSize();

    /** The largest page a request may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** A label's free-text note may be at most this long (characters). */
    @WithDefault("2000")
    int maxNoteChars();

    /** The export reads this many conversations' messages, tool calls and labels per query. */
    @WithDefault("100")
    int exportBatch();

    /** The dashboard covers at most this many daily buckets ... */
    @WithDefault("366")
    int dashboardMaxDays();

    /** ... or this many hourly ones. */
    @WithDefault("744")
    int dashboardMaxHours();
}
