package io.aisle.ltv.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW sample of Fader, Hardie &amp; Lee (2005) as bundled in {@code src/test/resources/ltv/}
 * (see the README there): 2,357 customers, calibration weeks 1–39, holdout weeks 40–78.
 */
public final class CdnowData {

    public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    public static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    public static final int CUSTOMERS = 2357;
    /** Repeat purchase days in weeks 40–78, as published. */
    public static final int ACTUAL_HOLDOUT_PURCHASES = 1882;
    /** Where a full checkout keeps the original files, relative to the project directory. */
    public static final Path SHARED_DIR = Path.of("..", "shared", "data", "cdnow");

    public static final String SUMMARY = "cdnow_customers_summary.csv";
    public static final String SUMMARY_WITH_VALUES = "cdnow_customers_summary_with_transactions.csv";
    public static final String TRANSACTIONS = "CDNOW_sample.txt";

    private CdnowData() {
    }

    /** (frequency, recency, T) in weeks, monetary value 0: {@code cdnow_customers_summary.csv}. */
    public static List<CustomerSummary> summary() {
        return readLines(SUMMARY, true).stream().map(line -> {
            String[] f = line.split(",");
            return new CustomerSummary(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), 0);
        }).toList();
    }

    /** (x, t_x, T, zbar): {@code cdnow_customers_summary_with_transactions.csv}. */
    public static List<CustomerSummary> summaryWithMonetaryValue() {
        return readLines(SUMMARY_WITH_VALUES, true).stream().map(line -> {
            String[] f = line.split(",");
            return new CustomerSummary(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]));
        }).toList();
    }

    /** The sample's transactions, the customer id being the id within the sample (1…2,357) as in the summaries. */
    public static List<Transaction> transactions() {
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        List<Transaction> transactions = new ArrayList<>();
        for (String line : readLines(TRANSACTIONS, false)) {
            String[] f = line.trim().split("\\s+");
            transactions.add(new Transaction(String.valueOf(Integer.parseInt(f[1])), LocalDate.parse(f[2], yyyymmdd),
                    Double.parseDouble(f[4])));
        }
        return transactions;
    }

    static List<String> readLines(String name, boolean skipHeader) {
        try (InputStream in = CdnowData.class.getResourceAsStream("/ltv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /ltv/" + name + " is missing");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toList();
            return skipHeader ? lines.subList(1, lines.size()) : lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
