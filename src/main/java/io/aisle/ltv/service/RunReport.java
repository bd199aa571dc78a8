package io.aisle.ltv.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.ltv.metrics.LtvMetrics;
import java.time.LocalDate;
import java.util.Map;

/** What a retraining run did: promoted a new model, kept the active one, or failed (and changed nothing). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(long runId, String outcome, LocalDate asOf, LocalDate cutoff, Integer customers,
                        Integer orders, LtvMetrics candidate, LtvMetrics active, Map<String, Object> evaluations,
                        String valueModel, Long modelVersionId, String error, double seconds) {
}
