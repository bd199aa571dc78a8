package io.aisle.llm.openai;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aisle.llm.config.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * Calls an OpenAI-compatible server (vLLM). LangChain4j's client already retries and times out each
 * call (aisle.llm.openai.max-retries, .timeout); the circuit breaker stops sending turns to a server
 * that keeps failing, so that the assistant falls back to grounded mode at once instead of waiting.
 */
@ApplicationScoped
public class OpenAiClient {

    private final Lazy<OpenAiChatModel> model;

    public OpenAiClient(LlmConfig config) {
        this.model = new Lazy<>(() -> {
            OpenAiServer server = OpenAiServer.from(config.openai());
            return OpenAiChatModel.builder()
                    .baseUrl(server.baseUrl())
                    .modelName(server.model())
                    .apiKey(server.apiKey())
                    .timeout(server.timeout())
                    .maxRetries(server.maxRetries())
                    .build();
        });
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public ChatResponse chat(ChatRequest request) {
        return model.get().chat(request);
    }
}
