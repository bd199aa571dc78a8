package io.aisle.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import io.aisle.assistant.config.AssistantConfig;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.assistant.personal.ShopperProfile;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A turn answered by the model: the AI service runs the tools and answers; the output guardrail checks every
 * price, stock level and code against the conversation's tool results and asks the model once more to correct
 * itself; a turn that still fails, times out or errors is returned unanswered so that grounded mode answers it.
 */
@ApplicationScoped
public class LlmAssistant {

    private static final Logger LOG = Logger.getLogger(LlmAssistant.class);
    private static final int THREADS = 8;

    private final LlmBackend backend;
    private final StoreAssistantAi ai;
    private final ConversationRepository conversations;
    private final TurnMemoryEditor memory;
    private final ObjectMapper mapper;
    private final AssistantConfig config;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "assistant-llm-turn");
        thread.setDaemon(true);
        return thread;
    });

    public LlmAssistant(LlmBackend backend, StoreAssistantAi ai, ConversationRepository conversations,
                        TurnMemoryEditor memory, ObjectMapper mapper, AssistantConfig config) {
        this.backend = backend;
        this.ai = ai;
        this.conversations = conversations;
        this.memory = memory;
        this.mapper = mapper;
        this.config = config;
    }

    /** True when a chat model is configured (provider local or openai). */
    public boolean available() {
        return backend.chatModel().isPresent();
    }

    /** @param message the shopper's message, personal data already masked */
    public LlmTurn answer(Conversation conversation, String message, ShopperProfile shopper) {
        Duration deadline = config.llm().turnTimeout();
        Future<LlmTurn> turn = executor.submit(() -> inRequestContext(conversation, message, shopper));
        try {
            return turn.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            turn.cancel(true);
            return LlmTurn.failed(LlmTurn.LLM_TIMEOUT, "no answer within " + deadline);
        } catch (InterruptedException e) {
            turn.cancel(true);
            Thread.currentThread().interrupt();
            return LlmTurn.failed(LlmTurn.LLM_FAILED, "interrupted");
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "LLM turn of conversation %s failed; answering in grounded mode", conversation.id());
            return LlmTurn.failed(LlmTurn.LLM_FAILED, String.valueOf(e.getCause().getMessage()));
        }
    }

    /** The grounded answer replaces the model's rejected attempt in its memory, so it is not repeated later. */
    public void rememberFallback(String conversationId, String message, String groundedAnswer) {
        memory.replaceTurn(conversationId, message, groundedAnswer);
    }

    private LlmTurn inRequestContext(Conversation conversation, String message, ShopperProfile shopper)
            throws SQLException {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            return run(conversation, message, shopper);
        } finally {
            requests.terminate();
        }
    }

    private LlmTurn run(Conversation conversation, String message, ShopperProfile shopper) throws SQLException {
        List<StoredMessage> history = conversations.transcript(conversation.id());
        List<JsonNode> earlierResults = history.stream().flatMap(m -> m.toolCalls().stream()).map(ToolCall::result).toList();
        String shopperText = history.stream().filter(m -> "shopper".equals(m.role())).map(StoredMessage::text)
                .collect(Collectors.joining("\n")) + "\n" + message;
        ToolCallLog tools = new ToolCallLog(mapper);
        List<String> flags = new ArrayList<>();
        Result<String> result = ai.chat(conversation.id(), message, shopper.describe());
        TokenUsage usage = result.tokenUsage();
        tools.readFrom(memory.currentTurn(conversation.id(), message));
        List<String> problems = check(result.content(), earlierResults, tools, shopper, shopperText);
        for (int retry = 0; !problems.isEmpty() && retry < config.llm().guardrailRetries(); retry++) {
            flags.add(LlmTurn.GUARDRAIL_RETRY);
            result = ai.chat(conversation.id(), TurnMemoryEditor.correction(problems), shopper.describe());
            usage = TokenUsage.sum(usage, result.tokenUsage());
            tools.readFrom(memory.currentTurn(conversation.id(), message));
            problems = check(result.content(), earlierResults, tools, shopper, shopperText);
        }
        String model = result.finalResponse() != null && result.finalResponse().modelName() != null
                ? result.finalResponse().modelName() : backend.modelName();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        if (!problems.isEmpty()) {
            flags.add(LlmTurn.GUARDRAIL_FALLBACK);
            return new LlmTurn(null, List.of(), tools.calls(), model, in, out, flags, problems);
        }
        memory.dropCorrections(conversation.id());
        return new LlmTurn(result.content(), tools.shownIn(result.content(), config.productsPerAnswer()), tools.calls(),
                model, in, out, flags, List.of());
    }

    private List<String> check(String answer, List<JsonNode> earlier, ToolCallLog tools, ShopperProfile shopper,
                               String shopperText) {
        List<JsonNode> facts = new ArrayList<>(earlier);
        facts.addAll(tools.results());
        facts.add(mapper.valueToTree(shopper));
        return GroundingCheck.of(facts, shopperText).violations(answer == null ? "" : answer);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
