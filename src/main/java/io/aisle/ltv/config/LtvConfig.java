package io.aisle.ltv.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "aisle.ltv")
public interface LtvConfig {

    /** Length of the most recent window that candidates are evaluated on, in weeks. */
    @WithDefault("13")
    int holdoutWeeks();

    /** Horizon of the predicted value, in months. */
    @WithDefault("12")
    int horizonMonths();

    @WithDefault("0.01")
    double monthlyDiscountRate();

    /** Purchases on the same calendar day count once; the day is the store's. */
    @WithDefault("Europe/London")
    ZoneId storeZone();

    /**
     * The day the models look from. Unset: the day of the latest order, so a store whose data ends in
     * the past (like the demo store) is still scored as of its last day of business.
     */
    Optional<LocalDate> asOf();

    /** Customers whose first order is this recent and who have not come back yet are "new". */
    @WithDefault("90")
    int newCustomerDays();

    /**
     * A candidate replaces the active model unless its holdout normalized Gini or Spearman correlation is
     * lower than the active model's recorded one by more than this.
     */
    @WithDefault("0.02")
    double promotionTolerance();

    /** When the scheduled retraining runs (Quarkus cron, or "off"). */
    String retrainCron();

    /** Train and score at start-up when no model is active yet (on in the demo profile). */
    @WithDefault("false")
    boolean trainOnStart();
}
