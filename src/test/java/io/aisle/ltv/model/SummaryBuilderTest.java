package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryBuilderTest {

    private static final LocalDate END = LocalDate.parse("2024-01-31");
    private static final SummaryBuilder DAILY = new SummaryBuilder(END, TimeScale.DAYS);

    @Test
    void purchasesOnOneDayCountOnceWithTheirAmountsSummed() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-01", 5),
                tx("a", "2024-01-05", 20), tx("a", "2024-01-05", 30), tx("a", "2024-01-11", 40))));
        assertEquals(new CustomerSummary("a", 2, 10, 30, 45), c);
    }

    @Test
    void weeksAreDaysOverSeven() {
        CustomerSummary c = only(new SummaryBuilder(END, TimeScale.WEEKS).summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-11", 40))));
        assertEquals(10 / 7.0, c.recency(), 1e-15);
        assertEquals(30 / 7.0, c.age(), 1e-15);
    }

    @Test
    void singlePurchaseHasNoRepeatValue() {
        assertEquals(new CustomerSummary("a", 0, 0, 30, 0), only(DAILY.summarise(List.of(tx("a", "2024-01-01", 99)))));
    }

    @Test
    void calibrationEndDayIsInsideAndLaterPurchasesAreIgnored() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-31", 20), tx("a", "2024-02-01", 500))));
        assertEquals(new CustomerSummary("a", 1, 30, 30, 20), c);
    }

    @Test
    void returnThatCancelsTheDaysPurchaseRemovesThatPurchase() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-05", 20), tx("a", "2024-01-05", -20))));
        assertEquals(new CustomerSummary("a", 0, 0, 30, 0), c);
    }

    @Test
    void partialReturnLowersTheDaysValue() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-05", 20), tx("a", "2024-01-05", -5))));
        assertEquals(new CustomerSummary("a", 1, 4, 30, 15), c);
    }

    @Test
    void refundOfAnEarlierPurchaseIsNeitherAPurchaseNorSubtracted() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-03", 30), tx("a", "2024-01-10", -30))));
        assertEquals(new CustomerSummary("a", 1, 2, 30, 30), c);
    }

    @Test
    void purchaseAndRefundThatCancelInBinaryLeaveNoPurchase() {
        CustomerSummary c = only(DAILY.summarise(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-05", 0.1), tx("a", "2024-01-05", 0.2), tx("a", "2024-01-05", -0.3))));
        assertEquals(0, c.frequency());
    }

    @Test
    void freeOrderIsAPurchase() {
        assertEquals(new CustomerSummary("a", 0, 0, 30, 0), only(DAILY.summarise(List.of(tx("a", "2024-01-01", 0)))));
        assertEquals(new CustomerSummary("b", 1, 1, 30, 0),
                only(DAILY.summarise(List.of(tx("b", "2024-01-01", 10), tx("b", "2024-01-02", 0)))));
    }

    @Test
    void returnBeforeTheFirstPurchaseDoesNotStartTheCustomersLife() {
        CustomerSummary c = only(DAILY.summarise(List.of(tx("a", "2024-01-01", -5), tx("a", "2024-01-04", 10))));
        assertEquals(new CustomerSummary("a", 0, 0, 27, 0), c);
    }

    @Test
    void customersWithoutAPurchaseByTheCalibrationEndAreLeftOut() {
        List<CustomerSummary> summaries = DAILY.summarise(List.of(
                tx("returns-only", "2024-01-02", -15),
                tx("acquired-later", "2024-02-03", 25),
                tx("kept", "2024-01-20", 5)));
        assertEquals(List.of(new CustomerSummary("kept", 0, 0, 11, 0)), summaries);
    }

    @Test
    void summariesAreSortedByCustomerId() {
        List<CustomerSummary> summaries = DAILY.summarise(List.of(
                tx("c", "2024-01-01", 1), tx("a", "2024-01-01", 1), tx("b", "2024-01-01", 1)));
        assertEquals(List.of("a", "b", "c"), summaries.stream().map(CustomerSummary::customerId).toList());
    }

    @Test
    void holdoutCountsPurchaseDaysAfterTheCalibrationEndUpToTheHoldoutEnd() {
        List<CalibrationAndHoldout> rows = DAILY.summariseWithHoldout(List.of(
                tx("a", "2024-01-01", 10), tx("a", "2024-01-31", 20),
                tx("a", "2024-02-01", 30), tx("a", "2024-02-01", 10), tx("a", "2024-02-14", 20),
                tx("a", "2024-02-20", -20), tx("a", "2024-03-02", 70),
                tx("late", "2024-02-05", 50)), LocalDate.parse("2024-03-01"));
        CalibrationAndHoldout a = rows.get(0);
        assertEquals(1, rows.size());
        assertEquals(new CustomerSummary("a", 1, 30, 30, 20), a.calibration());
        assertEquals(2, a.holdoutFrequency());
        assertEquals(30, a.holdoutMonetaryValue(), 1e-12);
        assertEquals(30, a.holdoutLength(), 1e-12);
    }

    @Test
    void holdoutMustFollowTheCalibrationPeriod() {
        assertThrows(IllegalArgumentException.class, () -> DAILY.summariseWithHoldout(List.of(), END));
    }

    @Test
    void instantsFallOnTheStoresCalendarDay() {
        Transaction t = Transaction.at("a", Instant.parse("2024-01-01T23:30:00Z"), ZoneId.of("Europe/Berlin"), 10);
        assertEquals(LocalDate.parse("2024-01-02"), t.date());
    }

    private static Transaction tx(String customer, String date, double amount) {
        return new Transaction(customer, LocalDate.parse(date), amount);
    }

    private static CustomerSummary only(List<CustomerSummary> summaries) {
        assertEquals(1, summaries.size(), summaries::toString);
        return summaries.get(0);
    }
}
