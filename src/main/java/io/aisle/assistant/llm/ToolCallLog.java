package io.aisle.assistant.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.assistant.tools.ProductCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model's tool executions as the assistant records them, and the product cards among their results. */
final class ToolCallLog {

    private final ObjectMapper mapper;
    private final List<ToolCall> calls = new ArrayList<>();

    ToolCallLog(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads the tool calls of the turn from the model's memory, where the AI service records each request and its
     * result (quarkus-langchain4j 1.10.0 leaves {@code Result.toolExecutions()} empty). Their latency is not
     * recorded there, so it is logged as 0.
     */
    void readFrom(List<ChatMessage> turn) {
        calls.clear();
        Map<String, ToolExecutionRequest> requests = new LinkedHashMap<>();
        for (ChatMessage message : turn) {
            if (message instanceof AiMessage ai) {
                ai.toolExecutionRequests().forEach(request -> requests.put(request.id(), request));
            } else if (message instanceof ToolExecutionResultMessage result) {
                ToolExecutionRequest request = requests.get(result.id());
                String arguments = request == null ? "{}" : request.arguments();
                calls.add(new ToolCall(result.toolName(), json(arguments), json(result.text()), 0));
            }
        }
    }

    List<ToolCall> calls() {
        return List.copyOf(calls);
    }

    List<JsonNode> results() {
        return calls.stream().map(ToolCall::result).toList();
    }

    /** The products of this turn's results that the answer names by sku, in the order it names them. */
    List<ProductCard> shownIn(String answer, int limit) {
        Map<String, ProductCard> cards = new LinkedHashMap<>();
        calls.forEach(call -> collectCards(call.result(), cards));
        String text = answer.toLowerCase(Locale.ROOT);
        return cards.values().stream().filter(card -> text.contains(card.sku().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(card -> text.indexOf(card.sku().toLowerCase(Locale.ROOT))))
                .limit(limit).toList();
    }

    private static void collectCards(JsonNode node, Map<String, ProductCard> cards) {
        if (node.isObject() && node.hasNonNull("sku") && node.has("title") && node.path("price").isNumber()
                && node.path("stock").isInt()) {
            cards.putIfAbsent(node.get("sku").asText(), new ProductCard(node.get("sku").asText(),
                    node.get("title").asText(), new BigDecimal(node.get("price").asText()),
                    node.path("currency").asText(), node.get("stock").asInt()));
        }
        node.forEach(child -> collectCards(child, cards));
    }

    private JsonNode json(String text) {
        if (text == null) {
            return TextNode.valueOf("");
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // tools answer in JSON; an error message from a failed tool is kept as text
            return TextNode.valueOf(text);
        }
    }
}
