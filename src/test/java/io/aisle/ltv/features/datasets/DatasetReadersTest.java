package io.aisle.ltv.features.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.Transaction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReadersTest {

    @TempDir
    Path dir;

    @Test
    void cdnowLinesBecomePurchasesPerCustomer() throws IOException {
        Path file = dir.resolve("CDNOW_master.txt");
        Files.writeString(file, """
                 customer_id  date number_of_cds  dollar_value
                 00001 19970101  1   11.77
                 00002 19970112  1   12.00
                 00002 19970112  5   77.00
                """);

        Dataset cdnow = CdnowReader.read(file);

        assertEquals(2, cdnow.customers().size());
        CustomerHistory second = cdnow.customers().get(1);
        assertEquals("00002", second.customerId());
        assertEquals(new Transaction(Instant.parse("1997-01-12T00:00:00Z"), 77.0, 5), second.transactions().get(1));
    }

    @Test
    void cdnowUsesTheLiteratureWeeks() {
        EvaluationSplit split = CdnowReader.literatureSplit();

        assertEquals(Instant.parse("1997-10-01T00:00:00Z"), split.cutoff());
        assertEquals(Instant.parse("1998-07-01T00:00:00Z"), split.holdoutEnd());
        assertEquals(Instant.parse("1997-07-02T00:00:00Z"), split.trainCutoff());
        assertEquals(3, split.horizonScale(), 1e-12);
    }

    @Test
    void onlineRetailInvoicesBecomeTransactionsAndCancellationsAreNegative() throws IOException {
        Path file = dir.resolve("retail.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("""
                    InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                    536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
                    536365,71053,"LANTERN, METAL",2,2010-12-01 08:26:00,3.50,17850.0,United Kingdom
                    536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,,United Kingdom
                    C536379,22556,PLASTERS IN TIN,-4,2010-12-02 09:41:00,1.65,17850.0,United Kingdom
                    """.getBytes(StandardCharsets.UTF_8));
        }

        Dataset retail = OnlineRetailReader.read(file);

        assertEquals(1, retail.customers().size(), "the row without customer id is dropped");
        List<Transaction> t = retail.customers().get(0).transactions();
        assertEquals("17850", retail.customers().get(0).customerId());
        assertEquals(2, t.size());
        assertEquals(6 * 2.55 + 2 * 3.50, t.get(0).amount(), 1e-9);
        assertEquals(8, t.get(0).itemCount());
        assertEquals(Instant.parse("2010-12-01T08:26:00Z"), t.get(0).time());
        assertEquals(-4 * 1.65, t.get(1).amount(), 1e-9);
        assertEquals(4, t.get(1).itemCount());
    }

    @Test
    void onlineRetailHoldsOutTheLastThreeMonths() {
        EvaluationSplit split = OnlineRetailReader.dateSplit();

        assertEquals(Instant.parse("2011-09-10T00:00:00Z"), split.cutoff());
        assertEquals(Instant.parse("2011-12-10T00:00:00Z"), split.holdoutEnd());
        assertEquals(Instant.parse("2011-06-11T00:00:00Z"), split.trainCutoff());
        assertEquals(1.0, split.horizonScale(), 1e-12);
    }
}
