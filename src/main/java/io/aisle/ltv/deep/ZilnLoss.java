package io.aisle.ltv.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.loss.Loss;

/**
 * The zero-inflated lognormal loss of Wang, Liu &amp; Miao (2019), as in google/lifetime_value's
 * {@code zero_inflated_lognormal_loss}: binary cross-entropy of "value &gt; 0" against the first
 * output (a logit), plus, for positive labels only, the lognormal negative log-likelihood of the
 * value with location = second output and scale = softplus(third output) floored at
 * {@link #SIGMA_FLOOR}. Averaged over the batch.
 */
public final class ZilnLoss extends Loss {

    /** sqrt(1e-7), the reference implementation's floor (sqrt of Keras' epsilon). */
    public static final double SIGMA_FLOOR = Math.sqrt(1e-7);

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    public ZilnLoss() {
        super("ziln");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return perExample(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
    }

    /**
     * @param outputs (n, 3) raw network outputs: logit, mu, pre-softplus sigma
     * @param labels  (n, 1) or (n) non-negative values
     * @return (n, 1) loss of each example
     */
    public static NDArray perExample(NDArray outputs, NDArray labels) {
        NDArray y = labels.reshape(-1, 1);
        NDArray positive = y.gt(0).toType(outputs.getDataType(), false);
        NDArray logit = outputs.get(new NDIndex(":, 0:1"));
        NDArray mu = outputs.get(new NDIndex(":, 1:2"));
        NDArray sigma = softplus(outputs.get(new NDIndex(":, 2:3"))).maximum(SIGMA_FLOOR);
        // BCE with logits, stable for any logit: max(z, 0) - z*y + log(1 + exp(-|z|))
        NDArray bce = logit.maximum(0).sub(logit.mul(positive)).add(logit.abs().neg().exp().add(1).log());
        // log 1 where the label is 0 keeps the log finite; those terms are masked out anyway
        NDArray logY = y.mul(positive).add(positive.neg().add(1)).log();
        NDArray z = logY.sub(mu).div(sigma);
        NDArray nll = logY.add(sigma.log()).add(HALF_LOG_2PI).add(z.square().mul(0.5));
        return bce.add(nll.mul(positive));
    }

    /** log(1 + exp(x)) without overflow: max(x, 0) + log(1 + exp(-|x|)). */
    static NDArray softplus(NDArray x) {
        return x.maximum(0).add(x.abs().neg().exp().add(1).log());
    }
}
