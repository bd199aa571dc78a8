package io.aisle.ltv.model;

import java.util.List;

/**
 * Maximum-likelihood estimation of the BG/NBD parameters, eq. 6 summed over customers grouped into
 * identical (x, t<sub>x</sub>, T) patterns.
 */
final class BgNbdFitter {

    private BgNbdFitter() {
    }

    static MaximumLikelihoodFit<BgNbdModel> fit(List<CustomerSummary> customers) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
        PurchasePatterns patterns = PurchasePatterns.of(customers);
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(
                p -> BgNbdLikelihood.total(new BgNbdModel(p[0], p[1], p[2], p[3]), patterns),
                startingPoints(customers));
        double[] p = estimate.parameters();
        return new MaximumLikelihoodFit<>(new BgNbdModel(p[0], p[1], p[2], p[3]),
                estimate.logLikelihood(), customers.size(), estimate.evaluations());
    }

    /**
     * Three starts that all match the observed mean purchase rate E[λ] = r/α ≈ Σx/ΣT, so α is on the
     * data's time scale whatever the unit, with heterogeneity and dropout from low to high.
     */
    private static List<double[]> startingPoints(List<CustomerSummary> customers) {
        double purchases = 0;
        double exposure = 0;
        for (CustomerSummary c : customers) {
            purchases += c.frequency();
            exposure += c.age();
        }
        double rate = Math.max(purchases, 1) / Math.max(exposure, 1e-9);
        return List.of(
                new double[] {0.3, 0.3 / rate, 0.5, 3},
                new double[] {1, 1 / rate, 1, 1},
                new double[] {3, 3 / rate, 2, 8});
    }
}
