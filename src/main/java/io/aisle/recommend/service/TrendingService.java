package io.aisle.recommend.service;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.repository.TrendingRepository;
import io.aisle.recommend.repository.TrendingRepository.Count;
import io.aisle.recommend.view.Reason;
import io.aisle.recommend.view.Recommendation;
import io.aisle.recommend.view.Recommendations;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.repository.SearchProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cold start: the products most interacted with in the last days before the newest interaction (the store's
 * "this week", even when its data ends in the past, like the demo store's), topped up from all time when the
 * window and filters leave too few.
 */
@ApplicationScoped
public class TrendingService {

    private static final int MAX_CACHED = 1_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private record Ranking(List<Count> top, String period) {
    }

    private record Key(SearchFilters filters, int size) {
    }

    private record Timed(Ranking ranking, long at) {
    }

    private final Map<Key, Timed> cache = new ConcurrentHashMap<>();
    private final TrendingRepository counts;
    private final SearchProductRepository products;
    private final RecommendConfig config;

    public TrendingService(TrendingRepository counts, SearchProductRepository products, RecommendConfig config) {
        this.counts = counts;
        this.products = products;
        this.config = config;
    }

    public Recommendations trending(SearchFilters filters, int limit, List<Long> excluded) throws SQLException {
        Ranking ranking = ranking(filters, limit + excluded.size());
        Set<Long> skip = new HashSet<>(excluded);
        List<Count> top = ranking.top().stream().filter(c -> !skip.contains(c.productId())).limit(limit).toList();
        Map<Long, ProductView> views = products.views(top.stream().map(Count::productId).toList());
        List<Recommendation> items = new ArrayList<>();
        for (Count count : top) {
            ProductView view = views.get(count.productId());
            if (view != null) {
                items.add(new Recommendation(view, count.interactions(),
                        new Reason("trending", "Popular in " + lastLevel(view.category()) + ranking.period(), null)));
            }
        }
        return new Recommendations(null, null, null, null, "trending", null, items);
    }

    /** The same for every shopper with these filters, so it is kept for a while ({@code aisle.recommend.trending-cache}). */
    private Ranking ranking(SearchFilters filters, int size) throws SQLException {
        Key key = new Key(filters, size);
        Timed hit = cache.get(key);
        if (hit != null && System.nanoTime() - hit.at() < config.trendingCache().toNanos()) {
            return hit.ranking();
        }
        Optional<Instant> newest = counts.newest(config.eventTypes());
        List<Count> top = new ArrayList<>();
        String period = "";
        if (newest.isPresent()) {
            Instant since = newest.get().minus(Duration.ofDays(config.trendingDays()));
            top.addAll(counts.mostInteracted(config.eventTypes(), since, filters, Set.of(), size));
            period = recent(newest.get()) ? " this week" : " in the week to " + DAY.format(newest.get());
        }
        if (top.size() < size) {
            Set<Long> found = new HashSet<>();
            top.forEach(c -> found.add(c.productId()));
            top.addAll(counts.mostInteracted(config.eventTypes(), null, filters, found, size - top.size()));
        }
        Ranking ranking = new Ranking(List.copyOf(top), period);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Timed(ranking, System.nanoTime()));
        return ranking;
    }

    private boolean recent(Instant newest) {
        return Duration.between(newest, Instant.now()).toDays() < config.trendingDays();
    }

    private static String lastLevel(String categoryPath) {
        if (categoryPath == null || categoryPath.isBlank()) {
            return "the store";
        }
        int cut = categoryPath.lastIndexOf(" > ");
        return cut < 0 ? categoryPath : categoryPath.substring(cut + 3);
    }
}
