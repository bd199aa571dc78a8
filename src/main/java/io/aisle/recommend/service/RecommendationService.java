package io.aisle.recommend.service;

import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.repository.CustomerVectorRepository;
import io.aisle.recommend.repository.CustomerVectorRepository.CustomerVector;
import io.aisle.recommend.repository.InteractionRepository;
import io.aisle.recommend.repository.InteractionRepository.History;
import io.aisle.recommend.repository.ItemVectorRepository;
import io.aisle.recommend.repository.ItemVectorRepository.ScoredItem;
import io.aisle.recommend.view.Recommendation;
import io.aisle.recommend.view.Recommendations;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "For you": the nearest items to the shopper's vector under the active version, by inner product in pgvector,
 * without what they already have in their history and within the filters. A known customer's vector is the
 * stored one when no newer event has arrived, else it is recomputed from their latest items and stored. An
 * anonymous session (or a customer without history) is served from the session's items; with none, or before
 * any model is trained, the answer is what is trending.
 */
@ApplicationScoped
public class RecommendationService {

    private static final History NO_HISTORY = new History(List.of(), 0);

    private final ActiveRecommender active;
    private final InteractionRepository interactions;
    private final CustomerVectorRepository customerVectors;
    private final ItemVectorRepository items;
    private final TrendingService trending;
    private final Explainer explainer;
    private final RecommendationEventLogger events;
    private final RecommendConfig config;

    public RecommendationService(ActiveRecommender active, InteractionRepository interactions,
                                 CustomerVectorRepository customerVectors, ItemVectorRepository items,
                                 TrendingService trending, Explainer explainer, RecommendationEventLogger events,
                                 RecommendConfig config) {
        this.active = active;
        this.interactions = interactions;
        this.customerVectors = customerVectors;
        this.items = items;
        this.trending = trending;
        this.explainer = explainer;
        this.events = events;
        this.config = config;
    }

    /**
     * @param customerId the store's customer id, or null for an anonymous shopper
     * @param sessionId  the shopper's session, or null
     */
    public Recommendations recommend(String customerId, String sessionId, SearchFilters filters, int limit,
                                     String placement) throws SQLException {
        int length = config.model().toSasRec().maxLength();
        History own = customerId == null ? NO_HISTORY
                : interactions.customerHistory(customerId, config.eventTypes(), length);
        boolean byCustomer = !own.productIds().isEmpty();
        History history = byCustomer || sessionId == null ? own
                : interactions.sessionHistory(sessionId, config.eventTypes(), length);
        Optional<Recommendations> personal = personal(byCustomer ? customerId : null, history, filters, limit);
        Recommendations answer = personal.isPresent() ? personal.get()
                : trending.trending(filters, limit, history.productIds());
        Recommendations identified = answer.identified("rec-" + UUID.randomUUID(), customerId, sessionId, placement);
        events.impression(identified);
        return identified;
    }

    /** @param customerId set when the history is the customer's own (their vector is stored) */
    private Optional<Recommendations> personal(String customerId, History history, SearchFilters filters, int limit)
            throws SQLException {
        Optional<ServingModel> serving = active.get();
        if (serving.isEmpty()) {
            return Optional.empty();
        }
        ServingModel model = serving.get();
        int[] known = model.indices(history.productIds());
        if (known.length == 0) {
            return Optional.empty();
        }
        float[] vector = customerId != null ? customerVector(model, customerId, history, known)
                : model.customerVectors(List.of(known)).get(0);
        List<ScoredItem> nearest = items.nearest(model.versionId(), model.dimension(), vector, filters,
                history.productIds(), limit, config.efSearch(), config.popularityPenalty());
        List<Recommendation> explained = explainer.explain(model, nearest, history.productIds());
        return Optional.of(new Recommendations(null, null, null, null, customerId != null ? "customer" : "session",
                model.versionId(), explained));
    }

    private float[] customerVector(ServingModel model, String customerId, History history, int[] known)
            throws SQLException {
        Optional<CustomerVector> stored = customerVectors.find(model.versionId(), customerId);
        if (stored.isPresent() && stored.get().eventsSeq() >= history.eventsSeq()) {
            return stored.get().vector();
        }
        float[] vector = model.customerVectors(List.of(known)).get(0);
        customerVectors.save(model.versionId(), new CustomerVector(customerId, history.eventsSeq(), vector));
        return vector;
    }
}
