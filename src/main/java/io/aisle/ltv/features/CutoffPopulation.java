package io.aisle.ltv.features;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Customers seen at one cutoff: the unit the feature statistics are fitted on. */
public record CutoffPopulation(List<CustomerHistory> histories, Instant cutoff) {

    public CutoffPopulation {
        histories = List.copyOf(histories);
        Objects.requireNonNull(cutoff, "cutoff");
    }
}
