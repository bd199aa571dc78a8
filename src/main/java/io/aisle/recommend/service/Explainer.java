package io.aisle.recommend.service;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.embedding.Vectors;
import io.aisle.recommend.repository.ItemVectorRepository.ScoredItem;
import io.aisle.recommend.view.Reason;
import io.aisle.recommend.view.Recommendation;
import io.aisle.search.repository.SearchProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attaches to each recommended product the history item it is closest to (cosine of the model's item vectors),
 * so the shopper sees "Often chosen after <that product>".
 */
@ApplicationScoped
public class Explainer {

    private final SearchProductRepository products;

    public Explainer(SearchProductRepository products) {
        this.products = products;
    }

    List<Recommendation> explain(ServingModel model, List<ScoredItem> recommended, List<Long> history)
            throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        recommended.forEach(r -> ids.add(r.productId()));
        ids.addAll(history);
        Map<Long, ProductView> views = products.views(ids);
        Map<Long, float[]> historyVectors = new LinkedHashMap<>();
        for (Long id : history) {
            float[] v = model.itemVector(id);
            if (v != null) {
                historyVectors.putIfAbsent(id, v);
            }
        }
        List<Recommendation> out = new ArrayList<>(recommended.size());
        for (ScoredItem item : recommended) {
            ProductView view = views.get(item.productId());
            if (view == null) {
                continue; // deleted since the vectors were written
            }
            Long closest = closest(model.itemVector(item.productId()), historyVectors);
            ProductView because = closest == null ? null : views.get(closest);
            Reason reason = because == null ? new Reason("history", "Picked for your history", null)
                    : new Reason("history", "Often chosen after " + because.title(), because.sku());
            out.add(new Recommendation(view, item.score(), reason));
        }
        return out;
    }

    /** The history item whose vector is nearest (cosine) to the target's; null when the target is unknown. */
    private static Long closest(float[] target, Map<Long, float[]> historyVectors) {
        if (target == null) {
            return null;
        }
        Long best = null;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Long, float[]> candidate : historyVectors.entrySet()) {
            double cosine = Vectors.cosine(target, candidate.getValue());
            if (cosine > bestCosine) {
                bestCosine = cosine;
                best = candidate.getKey();
            }
        }
        return best;
    }
}
