package io.aisle.ltv.service;

import io.aisle.ltv.model.CustomerSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts behind a customer's score, in the terms an agent can repeat to a colleague. */
final class Drivers {

    private Drivers() {
    }

    static List<Map<String, Object>> of(CustomerSummary c, double expectedPurchases, double alive) {
        List<Map<String, Object>> drivers = new ArrayList<>();
        drivers.add(driver("repeat purchases", c.frequency(), "days with an order after the first one"));
        drivers.add(driver("weeks since last purchase", round(c.age() - c.recency()), "as of the scoring day"));
        drivers.add(driver("weeks as a customer", round(c.age()), "since the first order"));
        if (c.frequency() > 0) {
            drivers.add(driver("average repeat order", round(c.monetaryValue()), "mean value of the repeat purchase days"));
        }
        drivers.add(driver("expected purchases next 13 weeks", round(expectedPurchases), "BG/NBD"));
        drivers.add(driver("probability still active", round(alive), "BG/NBD P(alive)"));
        return drivers;
    }

    private static Map<String, Object> driver(String factor, Object value, String note) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("factor", factor);
        driver.put("value", value);
        driver.put("note", note);
        return driver;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
