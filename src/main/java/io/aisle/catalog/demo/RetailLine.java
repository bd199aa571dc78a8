package io.aisle.catalog.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One invoice line of UCI Online Retail that can stand for a product sale or cancellation.
 * {@link #parse} says why a row cannot, using the dataset's known quirks (see db/demo/README.md).
 */
record RetailLine(long fileLine, String invoiceNo, String stockCode, String description, int quantity,
                  LocalDateTime invoiceDate, BigDecimal unitPrice, String customerId, String country) {

    enum Rejection {
        /** wrong column count, unparsable number or date */
        MALFORMED,
        /** postage, fee, voucher, discount or manual adjustment */
        NOT_A_PRODUCT,
        NON_POSITIVE_PRICE,
        BAD_QUANTITY,
        /** negative quantity outside a cancellation */
        STOCK_WRITE_OFF,
        /** kept for the catalog, not usable as an order line */
        MISSING_CUSTOMER;

        /** The key reports use, e.g. "missing_customer". */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A parsed line, or the reason it was rejected; {@code line} is set for MISSING_CUSTOMER too. */
    record Parsed(RetailLine line, Rejection rejection) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // real products have 5-digit codes with an optional letter suffix; DCGS* are dotcom-shop products
    private static final Pattern PRODUCT_CODE = Pattern.compile("\\d{5}[A-Za-z]{0,2}|DCGS\\w+|PADS");
    private static final Set<String> COLUMNS =
            Set.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");

    static boolean isExpectedHeader(String[] header) {
        return header.length == COLUMNS.size() && Set.of(header).equals(COLUMNS)
                && "InvoiceNo".equals(header[0]) && "Country".equals(header[7]);
    }

    boolean isCancellation() {
        return invoiceNo.startsWith("C");
    }

    static Parsed parse(String[] f, long fileLine) {
        if (f.length != 8 || f[0].isBlank() || f[1].isBlank()) {
            return rejected(Rejection.MALFORMED);
        }
        int quantity;
        BigDecimal price;
        LocalDateTime date;
        try {
            quantity = Integer.parseInt(f[3].strip());
            price = new BigDecimal(f[5].strip());
            date = LocalDateTime.parse(f[4].strip(), DATE);
        } catch (NumberFormatException | DateTimeParseException e) {
            return rejected(Rejection.MALFORMED);
        }
        String invoice = f[0].strip();
        String code = f[1].strip();
        if (!PRODUCT_CODE.matcher(code).matches()) {
            return rejected(Rejection.NOT_A_PRODUCT);
        }
        if (price.signum() <= 0) {
            return rejected(Rejection.NON_POSITIVE_PRICE);
        }
        if (quantity == 0) {
            return rejected(Rejection.BAD_QUANTITY);
        }
        if (quantity < 0 && !invoice.startsWith("C")) {
            return rejected(Rejection.STOCK_WRITE_OFF);
        }
        String customer = customerId(f[6]);
        RetailLine line = new RetailLine(fileLine, invoice, code, f[2].strip(), quantity, date, price, customer,
                f[7].isBlank() ? null : f[7].strip());
        return new Parsed(line, customer == null ? Rejection.MISSING_CUSTOMER : null);
    }

    /** "17850.0" -> "17850". */
    private static String customerId(String raw) {
        String id = raw.strip();
        if (id.isEmpty()) {
            return null;
        }
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }

    private static Parsed rejected(Rejection rejection) {
        return new Parsed(null, rejection);
    }
}
