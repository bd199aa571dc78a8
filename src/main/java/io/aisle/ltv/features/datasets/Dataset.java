package io.aisle.ltv.features.datasets;

import io.aisle.ltv.features.CustomerHistory;
import java.util.List;

/** A named population of customer histories with the split it is evaluated on. */
public record Dataset(String name, List<CustomerHistory> customers, EvaluationSplit split) {

    public Dataset {
        customers = List.copyOf(customers);
    }

    public long transactionCount() {
        return customers.stream().mapToLong(c -> c.transactions().size()).sum();
    }
}
