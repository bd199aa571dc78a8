package io.aisle.ltv.model;

import static io.aisle.ltv.model.SignificantFigures.assertAgreesToThree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Fader, Hardie &amp; Lee (2005), §5: the BG/NBD fitted to the 2,357-customer CDNOW sample
 * over calibration weeks 1–39 gives r = 0.2426, α = 4.4137, a = 0.7930, b = 2.4262 and a
 * log-likelihood of −9,582.43.
 */
class CdnowBgNbdFitTest {

    @Test
    void fitMatchesThePublishedParametersAndLogLikelihood() {
        List<CustomerSummary> customers = CdnowData.summary();
        MaximumLikelihoodFit<BgNbdModel> fit = BgNbdModel.fit(customers);

        BgNbdModel model = fit.model();
        assertAgreesToThree("r", 0.2426, model.r());
        assertAgreesToThree("alpha", 4.4137, model.alpha());
        assertAgreesToThree("a", 0.7930, model.a());
        assertAgreesToThree("b", 2.4262, model.b());
        assertEquals(-9582.43, fit.logLikelihood(), 0.01);
        assertEquals(CdnowData.CUSTOMERS, fit.customers());
    }

    @Test
    void publishedParametersGiveThePublishedLogLikelihood() {
        BgNbdModel published = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);
        assertEquals(-9582.43, published.logLikelihood(CdnowData.summary()), 0.01);
    }
}
