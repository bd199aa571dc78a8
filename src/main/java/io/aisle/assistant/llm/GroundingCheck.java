package io.aisle.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output guardrail's test: every money amount, stock level and code (sku, order number, date) in a model's
 * answer must appear in a tool result of the conversation. Codes the shopper wrote may be repeated back; amounts
 * and stock levels may not, since the shopper can be wrong about them.
 */
public final class GroundingCheck {

    private static final Pattern MONEY = Pattern.compile(
            "[£$€]\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)"
                    + "|(\\d+(?:\\.\\d{1,2})?)\\s?(?:GBP|EUR|USD|pounds?|euros?|dollars?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOCK = Pattern.compile(
            "\\b(\\d+)\\s+(?:(?:are |is |units? |pieces? |items? )?(?:in stock|available|left))"
                    + "|\\bstock(?: level)?(?: of| is|:)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("(?<![\\w.,£$€-])[A-Za-z0-9][A-Za-z0-9_-]*\\d[A-Za-z0-9_-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final Set<String> texts = new HashSet<>();
    private final Set<BigDecimal> numbers = new HashSet<>();
    private final Set<BigDecimal> amounts = new HashSet<>();
    private final Set<BigDecimal> stockLevels = new HashSet<>();
    private final String shopperText;

    private GroundingCheck(String shopperText) {
        this.shopperText = shopperText.toLowerCase(Locale.ROOT);
    }

    /** @param shopperText what the shopper wrote in this conversation (codes they name may be repeated) */
    public static GroundingCheck of(Iterable<JsonNode> toolResults, String shopperText) {
        GroundingCheck check = new GroundingCheck(shopperText);
        for (JsonNode result : toolResults) {
            check.collect(null, result);
        }
        return check;
    }

    /** @return what the answer states without a tool result behind it, e.g. "price £3.99"; empty when grounded */
    public List<String> violations(String answer) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(answer);
        Matcher money = MONEY.matcher(answer);
        while (money.find()) {
            String amount = (money.group(1) != null ? money.group(1) : money.group(2)).replace(",", "");
            if (!amounts.contains(normal(amount))) {
                out.add("price " + money.group().strip());
            }
            blank(rest, money.start(), money.end());
        }
        Matcher stock = STOCK.matcher(answer);
        while (stock.find()) {
            String level = stock.group(1) != null ? stock.group(1) : stock.group(2);
            if (!stockLevels.contains(normal(level))) {
                out.add("stock " + stock.group().strip());
            }
            blank(rest, stock.start(), stock.end());
        }
        Matcher code = CODE.matcher(rest);
        while (code.find()) {
            String token = code.group().toLowerCase(Locale.ROOT);
            if (isCode(token) && !known(token)) {
                out.add("code " + code.group());
            }
        }
        return new ArrayList<>(out);
    }

    /** Short numbers (quantities, days) are not facts of their own; five digits or letters with digits are. */
    private static boolean isCode(String token) {
        boolean letters = token.chars().anyMatch(Character::isLetter);
        return token.length() >= 5 || letters && token.length() >= 4;
    }

    private boolean known(String token) {
        if (shopperText.contains(token) || NUMBER.matcher(token).matches() && numbers.contains(normal(token))) {
            return true;
        }
        return texts.stream().anyMatch(text -> text.contains(token));
    }

    private void collect(String field, JsonNode node) {
        collect(field, node, false);
    }

    /** @param priced the node's object has a currency, so its "total" is money rather than a count */
    private void collect(String field, JsonNode node, boolean priced) {
        if (node.isObject()) {
            boolean hasCurrency = node.has("currency");
            for (var fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                collect(entry.getKey(), entry.getValue(), hasCurrency);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(field, element, false));
        } else if (node.isNumber()) {
            BigDecimal value = normal(node.decimalValue().toPlainString());
            numbers.add(value);
            String name = field == null ? "" : field.toLowerCase(Locale.ROOT);
            if (name.contains("price") || name.contains("amount") || priced && name.equals("total")) {
                amounts.add(value);
            } else if (name.equals("stock")) {
                stockLevels.add(value);
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            texts.add(text.toLowerCase(Locale.ROOT));
            Matcher number = NUMBER.matcher(text.replace(",", ""));
            while (number.find()) {
                numbers.add(normal(number.group()));
            }
            Matcher money = MONEY.matcher(text);
            while (money.find()) {
                amounts.add(normal((money.group(1) != null ? money.group(1) : money.group(2)).replace(",", "")));
            }
        }
    }

    private static BigDecimal normal(String number) {
        BigDecimal value = new BigDecimal(number).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
