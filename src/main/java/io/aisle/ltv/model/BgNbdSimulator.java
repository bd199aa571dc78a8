package io.aisle.ltv.model;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Draws customers from a BG/NBD model with known parameters, to check that {@link BgNbdModel#fit}
 * recovers them. The generative story of Fader, Hardie &amp; Lee (2005, §3): λ ~ Gamma(shape r,
 * rate α) and p ~ Beta(a, b) per customer; purchases follow a Poisson process with rate λ from the
 * first purchase at time 0; after each repeat purchase the customer drops out with probability p.
 * The same seed gives the same population.
 */
public final class BgNbdSimulator {

    private final BgNbdModel truth;
    private final RandomDataGenerator random;

    public BgNbdSimulator(BgNbdModel truth, long seed) {
        this.truth = truth;
        this.random = new RandomDataGenerator(seed);
    }

    /**
     * One customer per entry of {@code ages}, each observed for that long after their first purchase;
     * ids are "sim-" and the index. Spend is not simulated (monetary value 0).
     */
    public List<CustomerSummary> simulate(double[] ages) {
        List<CustomerSummary> customers = new ArrayList<>(ages.length);
        for (int i = 0; i < ages.length; i++) {
            customers.add(simulateOne("sim-" + i, ages[i]));
        }
        return customers;
    }

    private CustomerSummary simulateOne(String id, double age) {
        double rate = random.nextGamma(truth.r(), 1 / truth.alpha());
        double dropoutProbability = random.nextBeta(truth.a(), truth.b());
        int purchases = 0;
        double lastPurchase = 0;
        double time = random.nextExponential(1 / rate);
        while (time <= age) {
            purchases++;
            lastPurchase = time;
            if (random.nextDouble() < dropoutProbability) {
                break;
            }
            time += random.nextExponential(1 / rate);
        }
        return new CustomerSummary(id, purchases, lastPurchase, age, 0);
    }
}
