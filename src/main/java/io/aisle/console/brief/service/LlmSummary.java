package io.aisle.console.brief.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.aisle.assistant.llm.GroundingCheck;
import io.aisle.assistant.llm.LlmBackend;
import io.aisle.console.brief.config.BriefConfig;
import io.aisle.console.brief.model.HandoffBrief;
import io.aisle.console.brief.model.HandoffBrief.Summary;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The brief's summary: written by the configured chat model from the brief's structured facts only, and kept only
 * if every price, stock level and code in it is one of those facts (the assistant's output guardrail test);
 * otherwise, when the model fails or is late, and when no model is configured, the template's. A model's verdict
 * on the same facts is reused (SummaryCache); failures and timeouts are not, so the next request asks again.
 */
@ApplicationScoped
public class LlmSummary {

    private static final String LLM_FAILED = "llm_failed";
    private static final String LLM_TIMEOUT = "llm_timeout";
    private static final String INSTRUCTIONS = "You write a handoff note for a customer-service agent who takes over a chat"
            + " from the store's shopping assistant. Use only the facts in the JSON you are given. Write one plain-text"
            + " paragraph of at most four sentences: why the shopper was handed off, what they want, the products and"
            + " orders already discussed (prices and numbers exactly as given), what the assistant already answered,"
            + " and the shopper's mood. Never mention a product, price, stock level or order that is not in the facts."
            + " No greeting, no lists, no markdown.";

    private static final Logger LOG = Logger.getLogger(LlmSummary.class);

    private final LlmBackend backend;
    private final ObjectMapper mapper;
    private final BriefConfig config;
    private final SummaryCache cache;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "console-brief-summary");
        thread.setDaemon(true);
        return thread;
    });

    public LlmSummary(LlmBackend backend, ObjectMapper mapper, BriefConfig config, SummaryCache cache) {
        this.backend = backend;
        this.mapper = mapper;
        this.config = config;
        this.cache = cache;
    }

    /** @param brief the brief's facts (its summary is ignored) */
    public Summary summarise(HandoffBrief brief) {
        Optional<ChatModel> model = backend.chatModel();
        if (model.isEmpty()) {
            return template(brief, null, List.of());
        }
        HandoffBrief facts = brief.withSummary(null);
        String factsJson = json(facts);
        Optional<Summary> known = cache.get(brief.conversationId(), factsJson);
        if (known.isPresent()) {
            return known.get();
        }
        Future<String> written = executor.submit(() -> model.get().chat(SystemMessage.from(INSTRUCTIONS),
                UserMessage.from(factsJson)).aiMessage().text());
        String text;
        try {
            text = written.get(config.summaryTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            written.cancel(true);
            return template(brief, backend.modelName(), List.of(LLM_TIMEOUT));
        } catch (InterruptedException e) {
            written.cancel(true);
            Thread.currentThread().interrupt();
            return template(brief, backend.modelName(), List.of(LLM_FAILED));
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "LLM summary of conversation %s failed; using the template", brief.conversationId());
            return template(brief, backend.modelName(), List.of(LLM_FAILED));
        }
        List<String> problems = problems(facts, text);
        Summary summary = problems.isEmpty() ? new Summary(text.strip(), Summary.LLM, backend.modelName(), List.of())
                : template(brief, backend.modelName(), problems);
        cache.put(brief.conversationId(), factsJson, summary);
        return summary;
    }

    /**
     * What the model's summary states that the brief does not: checked against the facts that come from tool
     * results and the bot's answers; what the shopper wrote (the handoff, the mood's quotes) only lets its codes
     * be repeated, not its amounts, as in the assistant's guardrail.
     */
    private List<String> problems(HandoffBrief facts, String text) {
        if (text == null || text.isBlank()) {
            return List.of("empty summary");
        }
        if (text.length() > config.summaryMaxChars()) {
            return List.of("summary longer than " + config.summaryMaxChars() + " characters");
        }
        ObjectNode grounded = mapper.valueToTree(facts);
        JsonNode shopperSide = mapper.valueToTree(List.of(grounded.remove("handoff"), grounded.remove("mood")));
        return GroundingCheck.of(List.of(grounded), shopperSide.toString()).violations(text);
    }

    private static Summary template(HandoffBrief brief, String model, List<String> reasons) {
        return new Summary(TemplateSummary.write(brief), Summary.TEMPLATE, model, reasons);
    }

    private String json(HandoffBrief facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief of " + facts.conversationId() + " as JSON", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
