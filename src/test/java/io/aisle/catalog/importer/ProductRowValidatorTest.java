package io.aisle.catalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.catalog.model.ProductDraft;
import io.aisle.common.rest.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRowValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProductRowValidator validator = new ProductRowValidator(JSON, "GBP");
    private final List<FieldViolation> violations = new ArrayList<>();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Home>Candles & Lights |Home > Candles & Lights",
        "  Home  >  Candles  |Home > Candles",
        "Home > > Candles >|Home > Candles",
        "Kitchen|Kitchen",
        "'   '|''"})
    void categoryIsNormalisedToSpacedPath(String raw, String normalised) {
        assertEquals(normalised, ProductRowValidator.normaliseCategory(raw));
    }

    @Test
    void missingCategoryIsTheRoot() {
        assertEquals("", ProductRowValidator.normaliseCategory(null));
        assertEquals("", valid(row()).categoryPath());
    }

    @ParameterizedTest
    @CsvSource({"12.50,12.50", "12.5,12.5", " 7 ,7", "12.340,12.340", "0,0", "1e2,1E+2"})
    void priceAcceptsNumericStrings(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(valid(row().put("price", text)).price()));
    }

    @Test
    void priceAcceptsJsonNumbers() {
        assertEquals(0, new BigDecimal("24.5").compareTo(valid(row().put("price", 24.5)).price()));
        assertEquals(0, new BigDecimal("3").compareTo(valid(row().put("price", 3)).price()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "0.001", "abc", "12,50", "-1", "10000000000.00"})
    void priceThatIsNotAnAmountIsRejected(String text) {
        assertEquals(List.of("price"), faults(row().put("price", text)));
    }

    @Test
    void jsonNumberBeyondDoubleRangeIsRejectedNotThrown() {
        assertEquals(List.of("price"), faults(row().put("price", Double.POSITIVE_INFINITY)));
    }

    @Test
    void nulCharacterInTextIsRejectedBecausePostgresCannotStoreIt() {
        assertEquals(List.of("title"), faults(row().put("title", "Mug\u0000")));
    }

    @Test
    void nulCharacterInAttributeKeyIsRejected() {
        ObjectNode row = row();
        row.putObject("attributes").put("k\u0000", "v");
        assertEquals(List.of("attributes"), faults(row));
    }

    @ParameterizedTest
    @CsvSource({"3,3", "3.0,3", " 12 ,12", "0,0"})
    void stockAcceptsWholeNumbers(String text, int expected) {
        assertEquals(expected, valid(row().put("stock", text)).stock());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "-1", "lots", "2147483648"})
    void stockThatIsNotAWholeCountIsRejected(String text) {
        assertEquals(List.of("stock"), faults(row().put("stock", text)));
    }

    @Test
    void jsonBooleanIsNotAStock() {
        assertEquals(List.of("stock"), faults(row().put("stock", true)));
    }

    @Test
    void currencyDefaultsAndMustBeUpperCaseIsoCode() {
        assertEquals("GBP", valid(row()).currency());
        assertEquals("EUR", valid(row().put("currency", "EUR")).currency());
        assertEquals(List.of("currency"), faults(row().put("currency", "eur")));
    }

    @Test
    void requiredFieldsAreReportedTogether() {
        ObjectNode row = JSON.createObjectNode().put("title", "  ");
        assertEquals(List.of("sku", "title", "price"), faults(row));
    }

    @Test
    void numericSkuFromJsonIsTakenAsText() {
        assertEquals("12345", valid(row().put("sku", 12345)).sku());
    }

    @Test
    void attributesMayBeJsonTextOrObject() {
        assertEquals("{\"colour\":\"red\"}", valid(row().put("attributes", "{\"colour\": \"red\"}")).attributesJson());
        ObjectNode row = row();
        row.putObject("attributes").put("oz", 6);
        assertEquals("{\"oz\":6}", valid(row).attributesJson());
        assertEquals("{}", valid(row()).attributesJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":}", "[1,2]", "\"text\"", "not json"})
    void attributesThatAreNotAJsonObjectAreRejected(String text) {
        assertEquals(List.of("attributes"), faults(row().put("attributes", text)));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        assertEquals(List.of("colour"), faults(row().put("colour", "red")));
    }

    @Test
    void violationsCarryTheRowNumber() {
        validator.validate(row().put("price", "x"), 7, violations);
        assertEquals(7L, violations.get(0).row());
    }

    private static ObjectNode row() {
        return JSON.createObjectNode().put("sku", "sku-1").put("title", "Mug").put("price", "4.00");
    }

    private ProductDraft valid(ObjectNode row) {
        Optional<ProductDraft> draft = validator.validate(row, 2, violations);
        assertEquals(List.of(), violations);
        assertTrue(draft.isPresent());
        return draft.get();
    }

    private List<String> faults(ObjectNode row) {
        Optional<ProductDraft> draft = validator.validate(row, 2, violations);
        assertTrue(draft.isEmpty(), "an invalid row yields no draft");
        return violations.stream().map(FieldViolation::field).toList();
    }
}
