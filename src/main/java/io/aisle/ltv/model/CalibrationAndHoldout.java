package io.aisle.ltv.model;

import java.util.Objects;

/**
 * A customer's calibration summary together with what they actually did in the following holdout
 * window: the number of purchase days and their mean value (0 without purchases), counted with
 * the same rules as the calibration frequency. {@code holdoutLength} is the window's length in the
 * summary's time unit, the t to pass to {@link BgNbdModel#conditionalExpectedPurchases}.
 */
public record CalibrationAndHoldout(CustomerSummary calibration, int holdoutFrequency,
                                    double holdoutMonetaryValue, double holdoutLength) {

    public CalibrationAndHoldout {
        Objects.requireNonNull(calibration, "calibration");
        if (holdoutFrequency < 0 || !(holdoutLength > 0)) {
            throw new IllegalArgumentException("need holdoutFrequency >= 0 and holdoutLength > 0");
        }
    }
}
