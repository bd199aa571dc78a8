package io.aisle.llm.generate;

import java.util.Arrays;

/**
 * Hugging Face's repetition penalty (CTRL paper): each token seen before has a positive logit
 * divided by the penalty and a negative one multiplied, once however often it occurred.
 */
final class RepetitionPenalty {

    private RepetitionPenalty() {
    }

    static float[] apply(float[] logits, int[] context, double penalty) {
        float[] scores = Arrays.copyOf(logits, logits.length);
        if (penalty == 1) {
            return scores;
        }
        boolean[] seen = new boolean[logits.length];
        for (int id : context) {
            if (!seen[id]) {
                seen[id] = true;
                scores[id] = (float) (scores[id] > 0 ? scores[id] / penalty : scores[id] * penalty);
            }
        }
        return scores;
    }
}
