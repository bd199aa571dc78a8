package io.aisle.ltv.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {

    private static final Instant CUTOFF = day("2024-03-01");

    private static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    /**
     * Orders on Jan 1 (20, 2 items: books, books), Jan 11 (40, 1: toys), Feb 10 (30, 3: books,
     * games, toys), a return of 10 on Jan 21 and an order after the cutoff that must not count.
     */
    private static CustomerHistory example() {
        return new CustomerHistory("c1", List.of(
                new Transaction(day("2024-01-11"), 40, 1, List.of("toys")),
                new Transaction(day("2024-01-01"), 20, 2, List.of("books", "books")),
                new Transaction(day("2024-01-21"), -10, 1, List.of("toys")),
                new Transaction(day("2024-02-10"), 30, 3, List.of("books", "games", "toys")),
                new Transaction(day("2024-03-05"), 100, 1, List.of("games"))),
                List.of(new DailyActivity(day("2024-02-20"), 5, 2, 1, 3),
                        new DailyActivity(day("2024-01-15"), 10, 0, 0, 0),
                        new DailyActivity(day("2023-11-01"), 100, 100, 100, 100),
                        new DailyActivity(day("2024-03-02"), 100, 100, 100, 100)));
    }

    @Test
    void rawFeaturesOfAnExampleCustomerMatchTheHandComputedValues() {
        FittedFeatures fitted = new FeatureBuilder(new FeatureConfig(2, true)).fit(List.of(example()), CUTOFF);

        double[] raw = fitted.layout().raw(example(), CUTOFF);

        double[] expected = {
            Math.log1p(20),                  // last order Feb 10, cutoff Mar 1 (2024 is a leap year)
            Math.log1p(3),                   // 3 orders
            Math.log1p(80),                  // net 20 + 40 - 10 + 30
            Math.log1p(30),                  // mean order value 90 / 3
            Math.log1p(40),                  // max order value
            Math.log1p(Math.sqrt(200.0 / 3)), // population std of 20, 40, 30
            Math.log1p(30),                  // last order value
            Math.log1p(20),                  // gaps 10 and 30 days: mean 20
            Math.log1p(10),                  // std 10
            Math.log1p(1),                   // 20 days since the last order / mean gap 20
            1,                               // repeat buyer
            Math.log1p(2),                   // items (2 + 1 + 3) / 3
            10.0 / 90,                       // returned 10 of 90 ordered
            Math.log1p(60),                  // tenure Jan 1 .. Mar 1
            Math.log1p(30),                  // last 30 days (from Jan 31): the Feb 10 order
            Math.log1p(80),                  // last 90 days: everything
            Math.log1p(3),                   // orders in the last 90 days
            Math.log1p(1.5),                 // 3 orders in 60 days: 1.5 per 30 days
            20.0 / 60,                       // 20 of the 60 days of tenure since the last order
            3.0 / 6,                         // books: 3 of the 6 ordered lines
            2.0 / 6,                         // toys: 2 of 6 (the returned line is not an order line)
            Math.log1p(5), Math.log1p(2), Math.log1p(1), Math.log1p(3),   // activity, 30 days
            Math.log1p(15), Math.log1p(2), Math.log1p(1), Math.log1p(3),  // activity, 90 days
        };
        assertArrayEquals(expected, raw, 1e-12);
        assertEquals(List.of("books", "toys"), fitted.layout().categories());
        assertEquals(expected.length, fitted.names().size());
        assertEquals("category_share:books", fitted.names().get(19));
    }

    @Test
    void aCustomerWithoutHistoryBeforeTheCutoffHasAllZeroFeatures() {
        CustomerHistory newcomer = new CustomerHistory("c2", List.of(new Transaction(day("2024-04-01"), 50, 1)));
        FeatureLayout layout = new FeatureLayout(new FeatureConfig(0, true), List.of());

        assertArrayEquals(new double[layout.size()], layout.raw(newcomer, CUTOFF));
    }

    @Test
    void scoringUsesTheTrainingStatisticsNotThoseOfTheScoredPopulation() {
        CustomerHistory one = new CustomerHistory("a", List.of(new Transaction(day("2024-02-01"), 10, 1)));
        CustomerHistory three = new CustomerHistory("b", List.of(new Transaction(day("2024-02-01"), 10, 1),
                new Transaction(day("2024-02-05"), 10, 1), new Transaction(day("2024-02-09"), 10, 1)));
        FittedFeatures fitted = new FeatureBuilder(FeatureConfig.purchasesOnly()).fit(List.of(one, three), CUTOFF);
        int orders = fitted.names().indexOf("orders_log");

        float alone = fitted.transform(List.of(three), CUTOFF)[0][orders];

        double mean = (Math.log1p(1) + Math.log1p(3)) / 2;
        double std = (Math.log1p(3) - Math.log1p(1)) / 2;
        assertEquals((Math.log1p(3) - mean) / std, alone, 1e-6);
        // a column that is constant in training (the return share) is centred, not divided by 0
        assertEquals(0, fitted.transform(List.of(three), CUTOFF)[0][fitted.names().indexOf("returns_share")], 1e-12);
    }

    @Test
    void withoutCategoriesTheCategoryMixIsEmpty() {
        FittedFeatures fitted = new FeatureBuilder(new FeatureConfig(5, false))
                .fit(List.of(new CustomerHistory("a", List.of(new Transaction(day("2024-02-01"), 10, 1)))), CUTOFF);

        assertEquals(List.of(), fitted.layout().categories());
        assertEquals(19, fitted.names().size());
    }

    @Test
    void theLabelIsTheNetValueInTheWindowFlooredAtZero() {
        CustomerHistory history = example();

        assertEquals(100, history.valueIn(CUTOFF, day("2024-06-01")));
        assertEquals(0, history.valueIn(day("2024-01-15"), day("2024-02-01")), "a return alone is 0, not -10");
        assertArrayEquals(new double[] {80}, FeatureBuilder.labels(List.of(history), day("2024-01-01"), CUTOFF));
    }

    @Test
    void fittedFeaturesSurviveWritingAndReading() throws IOException {
        FittedFeatures fitted = new FeatureBuilder(new FeatureConfig(3, true)).fit(List.of(example()), CUTOFF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fitted.writeTo(new DataOutputStream(bytes));

        FittedFeatures read = FittedFeatures.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertEquals(fitted.layout(), read.layout());
        assertArrayEquals(fitted.transform(List.of(example()), CUTOFF)[0], read.transform(List.of(example()), CUTOFF)[0]);
    }

    @Test
    void fittingOnSeveralCutoffsStandardisesOverAllTheirRows() {
        CustomerHistory history = example();
        Instant earlier = day("2024-01-15");
        FittedFeatures stacked = new FeatureBuilder(FeatureConfig.purchasesOnly()).fit(List.of(
                new CutoffPopulation(List.of(history), CUTOFF), new CutoffPopulation(List.of(history), earlier)));
        int tenure = PurchaseFeatures.NAMES.indexOf("tenure_days_log");

        // the same customer seen at two cutoffs: tenure 60 and 14 days, so the column is not constant
        assertEquals(Math.log1p(14), stacked.scaling().min()[tenure], 1e-9);
        assertEquals(Math.log1p(60), stacked.scaling().max()[tenure], 1e-9);
        assertEquals((Math.log1p(14) + Math.log1p(60)) / 2, stacked.scaling().mean()[tenure], 1e-9);
    }

    @Test
    void theCategoryVocabularyComesFromTheLatestCutoff() {
        FittedFeatures stacked = new FeatureBuilder(new FeatureConfig(5, false)).fit(List.of(
                new CutoffPopulation(List.of(example()), day("2024-01-05")), new CutoffPopulation(List.of(example()), CUTOFF)));

        assertEquals(List.of("books", "toys", "games"), stacked.layout().categories());
    }
}
