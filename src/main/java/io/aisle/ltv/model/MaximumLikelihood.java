package io.aisle.ltv.model;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood of positive parameters with Hipparchus' Nelder-Mead simplex. The
 * search runs over the logarithms of the parameters, so positivity needs no constraint (as in
 * {@code lifetimes}); it starts from several points and keeps the best, then restarts once from
 * that best point, because a simplex that has flattened along a curved ridge can report
 * convergence early, and a fresh simplex at the optimum costs little.
 */
final class MaximumLikelihood {

    /** Relative and absolute change of the simplex's values that counts as converged. */
    private static final double TOLERANCE = 1e-12;
    /** The first simplex spans a factor e^0.5 ≈ 1.65 in each parameter. */
    private static final double SIMPLEX_SIDE = 0.5;
    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;

    record Estimate(double[] parameters, double logLikelihood, int evaluations) {
    }

    private MaximumLikelihood() {
    }

    /**
     * @param logLikelihood of the parameters (not their logs); only ever called with positive, finite values
     * @param starts        starting parameter vectors, all of the same length
     */
    static Estimate maximise(ToDoubleFunction<double[]> logLikelihood, List<double[]> starts) {
        ObjectiveFunction objective = new ObjectiveFunction(logParameters -> {
            double[] parameters = new double[logParameters.length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = Math.exp(logParameters[i]);
                if (!(parameters[i] > 0 && Double.isFinite(parameters[i]))) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            double value = logLikelihood.applyAsDouble(parameters);
            return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
        });
        PointValuePair best = null;
        int evaluations = 0;
        for (double[] start : starts) {
            double[] logStart = new double[start.length];
            for (int i = 0; i < start.length; i++) {
                logStart[i] = Math.log(start[i]);
            }
            SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(TOLERANCE, TOLERANCE));
            PointValuePair found = run(optimizer, objective, logStart);
            evaluations += optimizer.getEvaluations();
            if (best == null || found.getValue() > best.getValue()) {
                best = found;
            }
        }
        SimplexOptimizer polish = new SimplexOptimizer(new SimpleValueChecker(TOLERANCE, TOLERANCE));
        PointValuePair polished = run(polish, objective, best.getPoint());
        evaluations += polish.getEvaluations();
        if (polished.getValue() > best.getValue()) {
            best = polished;
        }
        double[] parameters = best.getPoint().clone();
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Math.exp(parameters[i]);
        }
        return new Estimate(parameters, best.getValue(), evaluations);
    }

    private static PointValuePair run(SimplexOptimizer optimizer, ObjectiveFunction objective, double[] logStart) {
        return optimizer.optimize(objective, GoalType.MAXIMIZE, new InitialGuess(logStart),
                new NelderMeadSimplex(logStart.length, SIMPLEX_SIDE), new MaxEval(MAX_EVALUATIONS_PER_RUN));
    }
}
