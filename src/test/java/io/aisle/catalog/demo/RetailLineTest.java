package io.aisle.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.catalog.demo.RetailLine.Rejection;
import org.junit.jupiter.api.Test;

class RetailLineTest {

    private static RetailLine.Parsed parse(String invoice, String code, String quantity, String price, String customer) {
        return RetailLine.parse(new String[] {invoice, code, "WHITE METAL LANTERN", quantity, "2010-12-01 08:26:00",
                price, customer, "United Kingdom"}, 2);
    }

    @Test
    void saleWithCustomerIsAnOrderLine() {
        RetailLine.Parsed parsed = parse("536365", "71053", "6", "3.39", "17850.0");
        assertNull(parsed.rejection());
        assertEquals("17850", parsed.line().customerId());
        assertEquals(6, parsed.line().quantity());
    }

    @Test
    void cancellationKeepsItsNegativeQuantity() {
        RetailLine.Parsed parsed = parse("C536379", "22556", "-12", "1.65", "14527.0");
        assertNull(parsed.rejection());
        assertTrue(parsed.line().isCancellation());
    }

    @Test
    void rowsThatAreNotSalesAreRejectedWithTheirReason() {
        assertEquals(Rejection.NOT_A_PRODUCT, parse("536370", "POST", "3", "18.00", "12583.0").rejection());
        assertEquals(Rejection.NOT_A_PRODUCT, parse("C536379", "D", "-1", "27.50", "14527.0").rejection());
        assertEquals(Rejection.NON_POSITIVE_PRICE, parse("536414", "22139", "56", "0", "").rejection());
        assertEquals(Rejection.STOCK_WRITE_OFF, parse("536589", "21777", "-10", "0.01", "").rejection());
        assertEquals(Rejection.BAD_QUANTITY, parse("536590", "21777", "0", "1.00", "12583.0").rejection());
        assertEquals(Rejection.MALFORMED, parse("536591", "21777", "two", "1.00", "12583.0").rejection());
    }

    @Test
    void saleWithoutCustomerStillFeedsTheCatalog() {
        RetailLine.Parsed parsed = parse("536544", "21773", "1", "2.51", "");
        assertEquals(Rejection.MISSING_CUSTOMER, parsed.rejection());
        assertEquals("21773", parsed.line().stockCode());
    }
}
