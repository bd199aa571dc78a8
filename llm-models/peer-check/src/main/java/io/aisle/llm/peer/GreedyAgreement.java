package io.aisle.llm.peer;

/**
 * How our greedy continuation compares with jlama's. Both stop comparing at the first differing
 * token, since the contexts differ from there on. A difference is forgiven only as a near-tie: when,
 * in jlama's own logits at that step, our token scores within twice the logit tolerance of jlama's
 * choice. If every logit may be off by e, a margin of up to 2e can flip between the two
 * implementations, so either choice is right within the precision of F32 arithmetic.
 *
 * @param matched tokens equal before the first difference
 * @param total   tokens compared
 * @param margin  jlama's logit of its token minus its logit of ours at the first difference (0 if none)
 * @param bound   twice the logit tolerance at that step
 */
public record GreedyAgreement(int matched, int total, double margin, double bound) {

    public static GreedyAgreement of(int[] ours, JlamaPeer.Greedy jlama, Tolerance tolerance) {
        int[] theirs = jlama.tokens();
        if (theirs.length != ours.length) {
            throw new IllegalArgumentException("jlama produced " + theirs.length + " tokens, ours " + ours.length);
        }
        for (int step = 0; step < ours.length; step++) {
            if (ours[step] != theirs[step]) {
                float[] logits = jlama.logits()[step];
                if (ours[step] < 0 || ours[step] >= logits.length) {
                    return new GreedyAgreement(step, ours.length, Double.POSITIVE_INFINITY, 0);
                }
                double margin = (double) logits[theirs[step]] - logits[ours[step]];
                return new GreedyAgreement(step, ours.length, margin, 2 * tolerance.bound(Tolerance.maxMagnitude(logits)));
            }
        }
        return new GreedyAgreement(ours.length, ours.length, 0, 0);
    }

    public boolean identical() {
        return matched == total;
    }

    public boolean nearTie() {
        return !identical() && margin <= bound;
    }

    public boolean agrees() {
        return identical() || nearTie();
    }
}
