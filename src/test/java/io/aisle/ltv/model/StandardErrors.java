package io.aisle.ltv.model;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Asymptotic standard errors of BG/NBD estimates from the observed information: minus the Hessian of
 * the log-likelihood at the estimate, inverted. The Hessian is taken by central differences over the
 * log-parameters (where the likelihood is closest to quadratic) and mapped back by the delta method,
 * SE(θ) = θ · SE(ln θ).
 */
public final class StandardErrors {

    /** Step in log-parameter space: curvature × h² stays far above the summation noise of the likelihood. */
    private static final double STEP = 1e-3;

    private StandardErrors() {
    }

    /** Standard errors of (r, α, a, b). */
    public static double[] ofBgNbd(BgNbdModel estimate, List<CustomerSummary> customers) {
        PurchasePatterns patterns = PurchasePatterns.of(customers);
        ToDoubleFunction<double[]> logLikelihood = logParameters -> BgNbdLikelihood.total(new BgNbdModel(
                Math.exp(logParameters[0]), Math.exp(logParameters[1]),
                Math.exp(logParameters[2]), Math.exp(logParameters[3])), patterns);
        double[] parameters = {estimate.r(), estimate.alpha(), estimate.a(), estimate.b()};
        double[] at = new double[parameters.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = Math.log(parameters[i]);
        }
        RealMatrix information = MatrixUtils.createRealMatrix(at.length, at.length);
        double centre = logLikelihood.applyAsDouble(at);
        for (int i = 0; i < at.length; i++) {
            for (int j = i; j < at.length; j++) {
                double curvature = i == j
                        ? (shifted(logLikelihood, at, i, STEP, i, 0) - 2 * centre + shifted(logLikelihood, at, i, -STEP, i, 0)) / (STEP * STEP)
                        : (shifted(logLikelihood, at, i, STEP, j, STEP) - shifted(logLikelihood, at, i, STEP, j, -STEP)
                        - shifted(logLikelihood, at, i, -STEP, j, STEP) + shifted(logLikelihood, at, i, -STEP, j, -STEP))
                        / (4 * STEP * STEP);
                information.setEntry(i, j, -curvature);
                information.setEntry(j, i, -curvature);
            }
        }
        RealMatrix covariance = new LUDecomposition(information).getSolver().getInverse();
        double[] errors = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            errors[i] = parameters[i] * Math.sqrt(covariance.getEntry(i, i));
        }
        return errors;
    }

    private static double shifted(ToDoubleFunction<double[]> f, double[] at, int i, double di, int j, double dj) {
        double[] point = at.clone();
        point[i] += di;
        point[j] += dj;
        return f.applyAsDouble(point);
    }
}
