package io.aisle.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.model.ProductDraft;
import io.aisle.common.jdbc.PgText;
import io.aisle.common.rest.FieldViolation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one imported product row. CSV rows carry every value as text, JSONL rows as JSON types;
 * both are accepted where the meaning is clear ("12.50" and 12.5 are the same price).
 */
public class ProductRowValidator {

    public static final Set<String> COLUMNS =
            Set.of("sku", "title", "description", "category", "price", "currency", "stock", "attributes");
    public static final List<String> REQUIRED = List.of("sku", "title", "price");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_ATTRIBUTES_BYTES = 16_384;

    private final ObjectMapper mapper;
    private final String defaultCurrency;

    public ProductRowValidator(ObjectMapper mapper, String defaultCurrency) {
        this.mapper = mapper;
        this.defaultCurrency = defaultCurrency;
    }

    public Optional<ProductDraft> validate(JsonNode row, long rowNo, List<FieldViolation> out) {
        int before = out.size();
        for (var names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COLUMNS.contains(name)) {
                out.add(FieldViolation.atRow(rowNo, name, "unknown field; allowed: " + sorted(COLUMNS)));
            }
        }
        String sku = text(row, "sku", 64, true, rowNo, out);
        String title = text(row, "title", 500, true, rowNo, out);
        String description = text(row, "description", 10_000, false, rowNo, out);
        String category = text(row, "category", 500, false, rowNo, out);
        BigDecimal price = price(row, rowNo, out);
        String currency = Optional.ofNullable(text(row, "currency", 3, false, rowNo, out)).orElse(defaultCurrency);
        if (!CURRENCY.matcher(currency).matches()) {
            out.add(FieldViolation.atRow(rowNo, "currency", "must be a 3-letter ISO 4217 code such as GBP"));
        }
        int stock = stock(row, rowNo, out);
        String attributes = attributes(row, rowNo, out);
        if (out.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProductDraft(sku, title, description, normaliseCategory(category), attributes,
                price, currency, stock));
    }

    /** "Home>Candles &amp; Lights " becomes "Home > Candles &amp; Lights". */
    public static String normaliseCategory(String category) {
        if (category == null) {
            return "";
        }
        return Arrays.stream(category.split(">")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" > "));
    }

    private static String text(JsonNode row, String field, int maxLength, boolean required, long rowNo,
                               List<FieldViolation> out) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                out.add(FieldViolation.atRow(rowNo, field, "is required"));
            }
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            out.add(FieldViolation.atRow(rowNo, field, "must be text"));
            return null;
        }
        String text = value.asText().strip();
        if (PgText.hasNul(text)) {
            out.add(FieldViolation.atRow(rowNo, field, PgText.NUL_MESSAGE));
            return null;
        }
        if (text.length() > maxLength) {
            out.add(FieldViolation.atRow(rowNo, field, "is longer than " + maxLength + " characters"));
            return null;
        }
        return text;
    }

    private static BigDecimal price(JsonNode row, long rowNo, List<FieldViolation> out) {
        BigDecimal price = number(row, "price", true, rowNo, out);
        if (price == null) {
            return null;
        }
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            out.add(FieldViolation.atRow(rowNo, "price", "must be between 0 and " + MAX_PRICE));
        } else if (price.stripTrailingZeros().scale() > 2) {
            out.add(FieldViolation.atRow(rowNo, "price", "has more than 2 decimal places"));
        }
        return price;
    }

    private static int stock(JsonNode row, long rowNo, List<FieldViolation> out) {
        BigDecimal stock = number(row, "stock", false, rowNo, out);
        if (stock == null) {
            return 0;
        }
        if (stock.stripTrailingZeros().scale() > 0 || stock.signum() < 0 || stock.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            out.add(FieldViolation.atRow(rowNo, "stock", "must be a whole number of at least 0"));
            return 0;
        }
        return stock.intValue();
    }

    private static BigDecimal number(JsonNode row, String field, boolean required, long rowNo, List<FieldViolation> out) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                out.add(FieldViolation.atRow(rowNo, field, "is required"));
            }
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue(); // fails for a JSON number too large for a double, e.g. 1e400
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().strip());
            }
        } catch (NumberFormatException e) {
            // reported below, with the offending text
        }
        out.add(FieldViolation.atRow(rowNo, field, "must be a number, got '" + value.asText() + "'"));
        return null;
    }

    private String attributes(JsonNode row, long rowNo, List<FieldViolation> out) {
        JsonNode value = row.get("attributes");
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return "{}";
        }
        JsonNode object = value;
        if (value.isTextual()) {
            try {
                object = mapper.readTree(value.asText());
            } catch (JsonProcessingException e) {
                out.add(FieldViolation.atRow(rowNo, "attributes", "must be a JSON object: " + e.getOriginalMessage()));
                return null;
            }
        }
        if (object == null || !object.isObject()) {
            out.add(FieldViolation.atRow(rowNo, "attributes", "must be a JSON object"));
            return null;
        }
        if (PgText.hasNul(object)) {
            out.add(FieldViolation.atRow(rowNo, "attributes", PgText.NUL_MESSAGE));
            return null;
        }
        String json = object.toString();
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_ATTRIBUTES_BYTES) {
            out.add(FieldViolation.atRow(rowNo, "attributes", "is larger than " + MAX_ATTRIBUTES_BYTES + " bytes"));
            return null;
        }
        return json;
    }

    private static String sorted(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }
}
