package io.aisle.llm.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final Tolerance TOLERANCE = new Tolerance(1e-5, 1e-4);

    @Test
    void logitsWithinTheScaledBoundAgree() {
        LogitAgreement agreement = LogitAgreement.of(new float[] {2f, -1f, 0.5f}, new float[] {2.0001f, -1f, 0.5f}, TOLERANCE);
        assertEquals(2.1e-4, agreement.bound(), 1e-12);
        assertTrue(agreement.agrees());
    }

    @Test
    void logitsBeyondTheScaledBoundDisagree() {
        assertFalse(LogitAgreement.of(new float[] {2f, -1f, 0.5f}, new float[] {2f, -1.0003f, 0.5f}, TOLERANCE).agrees());
    }

    @Test
    void aNanLogitDisagrees() {
        assertFalse(LogitAgreement.of(new float[] {1f, 0f}, new float[] {1f, Float.NaN}, TOLERANCE).agrees());
    }

    @Test
    void identicalGreedyTokensAgree() {
        GreedyAgreement agreement = GreedyAgreement.of(new int[] {1, 0}, jlamaChose(new int[] {1, 0}, new float[] {0f, 1f}), TOLERANCE);
        assertTrue(agreement.identical());
        assertTrue(agreement.agrees());
    }

    @Test
    void aDivergenceAtANearTieIsForgiven() {
        // jlama picks token 1 by 1e-5, within twice the bound (2 * (1e-5 + 1e-4 * 1.0))
        GreedyAgreement agreement = GreedyAgreement.of(new int[] {0}, jlamaChose(new int[] {1}, new float[] {0.99999f, 1f}), TOLERANCE);
        assertEquals(0, agreement.matched());
        assertTrue(agreement.nearTie());
        assertTrue(agreement.agrees());
    }

    @Test
    void aDivergenceWithAClearMarginDisagrees() {
        GreedyAgreement agreement = GreedyAgreement.of(new int[] {0}, jlamaChose(new int[] {1}, new float[] {0.9f, 1f}), TOLERANCE);
        assertFalse(agreement.agrees());
    }

    private static JlamaPeer.Greedy jlamaChose(int[] tokens, float[] logitsAtEveryStep) {
        float[][] logits = new float[tokens.length][];
        java.util.Arrays.fill(logits, logitsAtEveryStep);
        return new JlamaPeer.Greedy(tokens, logits, 0, 0);
    }
}
