package io.aisle.llm.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A span per model call with OpenTelemetry's gen_ai attributes (model, token counts, finish reason),
 * so a chat turn's trace shows the LLM beside the tools and the database. A no-op when tracing is off.
 */
final class TracedChatModel implements ChatModel {

    private final ChatModel model;
    private final Tracer tracer;
    private final String provider;

    TracedChatModel(ChatModel model, Tracer tracer, String provider) {
        this.model = model;
        this.tracer = tracer;
        this.provider = provider;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Span span = tracer.spanBuilder("chat " + provider).setSpanKind(SpanKind.CLIENT)
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.system", provider)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            ChatResponse response = model.chat(request);
            if (response.modelName() != null) {
                span.setAttribute("gen_ai.response.model", response.modelName());
            }
            if (response.tokenUsage() != null) {
                span.setAttribute("gen_ai.usage.input_tokens", response.tokenUsage().inputTokenCount());
                span.setAttribute("gen_ai.usage.output_tokens", response.tokenUsage().outputTokenCount());
            }
            if (response.finishReason() != null) {
                span.setAttribute("gen_ai.response.finish_reasons", response.finishReason().name());
            }
            return response;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
