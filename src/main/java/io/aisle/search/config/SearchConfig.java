package io.aisle.search.config;

import io.aisle.search.service.HybridFusion;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "aisle.search")
public interface SearchConfig {

    /** Longest query, in characters. */
    @WithDefault("500")
    int maxQueryLength();

    /** Largest page. */
    @WithDefault("100")
    int maxPageSize();

    /** Deepest result position a page may reach (page * size + size). */
    @WithDefault("1000")
    int maxResults();

    Hybrid hybrid();

    Keyword keyword();

    Vector vector();

    Facets facets();

    Query query();

    Events events();

    interface Hybrid {
        /** Candidates taken from each retriever before fusion (more when a deep page asks for it). */
        @WithDefault("100")
        int candidates();

        /** How the two candidate lists are merged: {@code convex} (normalised scores) or {@code rrf} (ranks). */
        @WithDefault("convex")
        HybridFusion fusion();

        /** k of reciprocal rank fusion: score = sum of weight / (k + rank). */
        @WithDefault("60")
        int rrfK();

        /** The keyword list's weight (convex: its share is this over the sum of both weights). */
        @WithDefault("1.0")
        double keywordWeight();

        /** The vector list's weight. */
        @WithDefault("1.0")
        double vectorWeight();
    }

    interface Keyword {
        /**
         * pg_trgm word_similarity a title must reach for a query word ("lanturn" vs "Lantern" is 0.5, the
         * transposition "neckalce" vs "Necklace" 0.44).
         */
        @WithDefault("0.4")
        double trigramThreshold();

        /** Weight of the trigram similarity next to the full-text rank in the keyword score. */
        @WithDefault("0.5")
        double trigramWeight();

        /** Query words matched by trigram at most (the longest ones). */
        @WithDefault("6")
        int maxTrigramWords();

        /**
         * A word in more than this many products finds keyword candidates only when the query has no rarer word,
         * and then together with another common word ("red" and "bag"), or alone when it is the query's only word; it
         * still counts in the rank of every candidate (Elasticsearch's "common terms" query). Every candidate is
         * ranked per query, so in a large catalog a colour or a department name would cost tens of thousands of
         * rankings; a small catalog has no common words.
         */
        @WithDefault("5000")
        int commonWordProducts();
    }

    interface Vector {
        /** hnsw.ef_search for a query (raised to the number of candidates asked for, when that is larger). */
        @WithDefault("100")
        int efSearch();

        /**
         * What one product visited by a filtered HNSW walk costs, in exact distance computations; it decides when
         * filters leave so few products that comparing each of them is cheaper than walking the graph
         * ({@code ExactScanRule}). On the 102k benchmark catalog a walked product costs ~30 µs and an exactly compared
         * one ~6 µs (its id fetched through the filters, its vector through the primary key); of 0.4, 4 and 12 (exact
         * scans up to 2,000, 6,400 and 11,000 of its products) 4 gave the lowest p95 of the vector side: 27 ms against
         * 37 and 56. 0: always walk.
         */
        @WithDefault("4")
        double walkCost();

        /** Neighbours less similar than this (cosine) are not candidates; 0 keeps them all. */
        @WithDefault("0.0")
        double minSimilarity();

        /** Query embeddings kept for repeated queries. */
        @WithDefault("2000")
        int queryCacheSize();
    }

    interface Facets {
        /** Upper edges of the price buckets; the last bucket is open-ended. */
        @WithDefault("5,10,20,50,100")
        List<BigDecimal> priceEdges();
    }

    interface Events {
        /** Log search events off the request thread (the answer does not wait for the event log). */
        @WithDefault("true")
        boolean async();

        /** Events waiting to be written at most; beyond it new ones are dropped (and counted). */
        @WithDefault("10000")
        int queueSize();
    }

    interface Query {
        /** Category names too broad to become a filter when a query names them. */
        @WithDefault("gifts,home,other")
        List<String> ignoredCategoryNames();

        /**
         * How long the category names and words read from the catalog are reused; imports through the app renew
         * them at once, so this only bounds how long changes made around the app go unseen.
         */
        @WithDefault("PT10M")
        Duration vocabularyCacheTtl();

        /** Whether query words the catalog does not have are corrected to the closest catalog word. */
        @WithDefault("true")
        boolean spelling();
    }
}
