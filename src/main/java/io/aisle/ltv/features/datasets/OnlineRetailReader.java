package io.aisle.ltv.features.datasets;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads UCI Online Retail (db/demo/online-retail.csv.gz) into one transaction per invoice:
 * amount = sum of quantity * unit price over its lines, so cancellations (invoice "C...", negative
 * quantities) are negative. Rows without a customer id are dropped. Fees, postage and manual
 * adjustments stay in: they are money the customer paid or got back. No categories (the data has
 * none); invoice times are UK local time, read as UTC.
 */
public final class OnlineRetailReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OnlineRetailReader() {
    }

    /**
     * Calibration 2010-12-01..2011-09-09, holdout 2011-09-10..2011-12-09 (the last 3 months; the
     * data span one year and 9 days, so a full calibration year would leave no holdout). The ZILN
     * trains on features at 2011-06-11 with the 91 days before the cutoff as its label window, the
     * same length as the holdout. The holdout holds the Christmas peak, the training window does not.
     */
    public static EvaluationSplit dateSplit() {
        return EvaluationSplit.equalWindows(midnight(2011, 9, 10), midnight(2011, 12, 10));
    }

    public static Dataset read(Path gzCsv) throws IOException {
        Map<String, Map<String, Invoice>> byCustomer = new LinkedHashMap<>();
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzCsv), 1 << 16);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNextValue() || !"InvoiceNo".equals(rows.nextValue()[0])) {
                throw new IOException(gzCsv + " is not UCI Online Retail (unexpected header)");
            }
            while (rows.hasNextValue()) {
                String[] f = rows.nextValue();
                String customer = f.length == 8 ? customerId(f[6]) : "";
                if (customer.isEmpty()) {
                    continue;
                }
                int quantity = Integer.parseInt(f[3].strip());
                double amount = quantity * Double.parseDouble(f[5].strip());
                Instant time = LocalDateTime.parse(f[4].strip(), DATE).toInstant(ZoneOffset.UTC);
                byCustomer.computeIfAbsent(customer, k -> new LinkedHashMap<>())
                        .computeIfAbsent(f[0].strip(), k -> new Invoice(time))
                        .add(amount, Math.abs(quantity));
            }
        }
        List<CustomerHistory> customers = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((id, invoices) -> customers.add(new CustomerHistory(id,
                invoices.values().stream().map(Invoice::toTransaction).toList())));
        return new Dataset("Online Retail", customers, dateSplit());
    }

    /** "17850.0" -> "17850"; blank stays blank. */
    private static String customerId(String raw) {
        String id = raw.strip();
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }

    private static Instant midnight(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Running totals of one invoice's lines. */
    private static final class Invoice {
        private final Instant time;
        private double amount;
        private int items;

        Invoice(Instant time) {
            this.time = time;
        }

        void add(double lineAmount, int lineItems) {
            amount += lineAmount;
            items += lineItems;
        }

        Transaction toTransaction() {
            return new Transaction(time, amount, items);
        }
    }
}
