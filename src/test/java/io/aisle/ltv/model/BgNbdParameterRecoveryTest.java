package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulates 100,000 customers from known parameters and fits them back.
 *
 * <p>Tolerance: four asymptotic standard errors per parameter, taken from the observed information of
 * the same sample ({@link StandardErrors}; 1–4% of each parameter here). Maximum likelihood
 * promises estimates within that band except with probability about 6e-5 per parameter, so a miss
 * points at a wrong likelihood, a biased simulator or an optimiser that stopped short; the seed is
 * fixed, so the test is deterministic. The fit must also reach at least the likelihood of the true
 * parameters, which any maximiser must.
 */
class BgNbdParameterRecoveryTest {

    /** CDNOW-like parameters in weeks. */
    static final BgNbdModel TRUTH = new BgNbdModel(0.25, 4.4, 0.8, 2.4);

    @Test
    void fitRecoversTheSimulatingParameters() {
        List<CustomerSummary> customers = new BgNbdSimulator(TRUTH, 20_240_101).simulate(cohortAges(100_000, 7));

        MaximumLikelihoodFit<BgNbdModel> fit = BgNbdModel.fit(customers);
        BgNbdModel estimate = fit.model();
        double[] errors = StandardErrors.ofBgNbd(estimate, customers);

        double[] truth = {TRUTH.r(), TRUTH.alpha(), TRUTH.a(), TRUTH.b()};
        double[] estimated = {estimate.r(), estimate.alpha(), estimate.a(), estimate.b()};
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < truth.length; i++) {
            double deviation = Math.abs(estimated[i] - truth[i]) / errors[i];
            int k = i;
            assertTrue(deviation <= 4, () -> names[k] + ": true " + truth[k] + ", estimated " + estimated[k]
                    + " ± " + errors[k] + " (" + deviation + " standard errors off)");
        }
        assertTrue(fit.logLikelihood() >= TRUTH.logLikelihood(customers) - 1e-6, "the fit is worse than the truth");
    }

    /**
     * A CDNOW-like cohort in weeks: first purchases on whole days spread over the 12 weeks of a quarter,
     * observed until the end of week 39.
     */
    static double[] cohortAges(int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ages = new double[customers];
        for (int i = 0; i < customers; i++) {
            ages[i] = (273 - random.nextInt(84)) / 7.0;
        }
        return ages;
    }
}
