package io.aisle.recommend.view;

import java.util.List;

/**
 * An answer to "what should this shopper see". {@code recommendationId} is the id of the logged
 * {@code rec_impression} event, for clicks to refer to. {@code source}: "customer" (the customer's own
 * history), "session" (the anonymous session's items) or "trending" (cold start). {@code modelVersion} is null
 * when trending.
 */
public record Recommendations(String recommendationId, String customerId, String sessionId, String placement,
                              String source, Long modelVersion, List<Recommendation> items) {

    public Recommendations identified(String id, String customer, String session, String where) {
        return new Recommendations(id, customer, session, where, source, modelVersion, items);
    }
}
