package io.aisle.ltv.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.ltv.deep.ZilnPrediction;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.repository.CustomerScoreRepository.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns both models' outputs into stored scores. The value shown comes from the model that won this
 * run's holdout evaluation; churn risk averages the BG/NBD view (no purchase expected in the next
 * window) and the deep model's (probability of not buying in it); tiers rank the shown value.
 */
record LtvScorer(ObjectMapper mapper, double newCustomerWeeks, boolean deepWins, double deepToHorizon) {

    List<Score> scores(ProbabilisticLtv.Scores probabilistic, ZilnPrediction[] deep, Map<String, Long> customerIds,
                       long bgVersionId, long deepVersionId) throws JsonProcessingException {
        CustomerSummary[] customers = probabilistic.customers().toArray(CustomerSummary[]::new);
        double[] value = new double[customers.length];
        for (int i = 0; i < customers.length; i++) {
            value[i] = deepWins ? deep[i].expectedValue() * deepToHorizon : probabilistic.value()[i];
        }
        String[] tiers = ValueTiers.assign(value, customers, newCustomerWeeks);
        List<Score> out = new ArrayList<>(customers.length);
        for (int i = 0; i < customers.length; i++) {
            double purchases = probabilistic.expectedPurchases()[i];
            double churn = 0.5 * (ValueTiers.churnRisk(purchases) + (1 - deep[i].probability()));
            var drivers = Drivers.of(customers[i], purchases, probabilistic.alive()[i]);
            drivers.add(Map.of("factor", "probability of buying next 13 weeks", "value",
                    Math.round(deep[i].probability() * 100) / 100.0, "note", "deep model (ZILN)"));
            drivers.add(Map.of("factor", "value model", "value", deepWins ? DeepLtv.KIND : ProbabilisticLtv.KIND,
                    "note", "the model with the better holdout Gini in this run"));
            out.add(new Score(customerIds.get(customers[i].customerId()), value[i], purchases, probabilistic.alive()[i],
                    churn, tiers[i], mapper.writeValueAsString(drivers), deepWins ? deepVersionId : bgVersionId));
        }
        return out;
    }
}
