package io.aisle.llm.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.aisle.llm.local.ChatListener;
import io.aisle.llm.local.GenerationHandle;
import io.aisle.llm.local.LocalChatEngine;
import io.aisle.llm.local.LocalChatResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** LangChain4j's blocking ChatModel over the in-process runtime. */
public class LocalChatModel implements ChatModel {

    private final LocalChatEngine engine;
    private final Duration timeout;

    public LocalChatModel(LocalChatEngine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        CompletableFuture<LocalChatResult> done = new CompletableFuture<>();
        GenerationHandle handle = engine.chat(MessageMapping.turns(request.messages()), MessageMapping.tools(request),
                MessageMapping.sampling(request.parameters()), new ChatListener() {
                    @Override
                    public void onText(String delta) {
                        // the blocking model answers with the complete text only
                    }

                    @Override
                    public void onComplete(LocalChatResult result) {
                        done.complete(result);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        try {
            return MessageMapping.response(done.get(timeout.toMillis(), TimeUnit.MILLISECONDS), engine.name());
        } catch (TimeoutException e) {
            handle.cancel();
            throw new LocalModelException("the local model did not answer within " + timeout, e);
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new LocalModelException("interrupted while waiting for the local model", e);
        } catch (ExecutionException e) {
            throw new LocalModelException("the local model failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
