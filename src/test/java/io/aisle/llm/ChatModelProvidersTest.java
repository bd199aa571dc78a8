package io.aisle.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.aisle.llm.chat.ChatModels;
import io.aisle.llm.chat.LocalChatModel;
import io.aisle.llm.chat.LocalStreamingChatModel;
import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.local.LocalModel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The LangChain4j side: the local runtime as ChatModel and StreamingChatModel, and the openai
 * provider talking to this app's own /v1 endpoint over real HTTP; all must give the same greedy answer.
 */
@QuarkusTest
@TestProfile(LocalLlmProfile.class)
class ChatModelProvidersTest {

    @Inject
    ChatModels models;

    @Inject
    LocalModel local;

    static ChatRequest greedy() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("You are a shop assistant."),
                        UserMessage.from(ChatCompletionsEndpointTest.QUESTION))
                .temperature(0.0)
                .maxOutputTokens(16)
                .build();
    }

    @Test
    void openAiProviderOverHttpAnswersLikeTheLocalModel() {
        assertEquals(LlmConfig.Provider.OPENAI, models.provider());
        ChatModel remote = models.chatModel().orElseThrow();
        ChatModel inProcess = new LocalChatModel(local.engine().orElseThrow(), Duration.ofSeconds(60));

        ChatResponse overHttp = remote.chat(greedy());
        ChatResponse direct = inProcess.chat(greedy());

        assertFalse(direct.aiMessage().text().isBlank());
        assertEquals(direct.aiMessage().text(), overHttp.aiMessage().text());
        assertEquals(direct.tokenUsage().inputTokenCount(), overHttp.tokenUsage().inputTokenCount());
        int output = direct.tokenUsage().outputTokenCount();
        assertTrue(output >= 1 && output <= 16, "output tokens " + output);
    }

    @Test
    void streamingModelsDeliverTheBlockingAnswerPieceByPiece() throws Exception {
        String expected = new LocalChatModel(local.engine().orElseThrow(), Duration.ofSeconds(60))
                .chat(greedy()).aiMessage().text();

        assertEquals(expected, stream(new LocalStreamingChatModel(local.engine().orElseThrow())));
        assertEquals(expected, stream(models.streamingChatModel().orElseThrow()));
    }

    private static String stream(dev.langchain4j.model.chat.StreamingChatModel model) throws Exception {
        StringBuilder pieces = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(greedy(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        assertEquals(pieces.toString(), response.aiMessage().text());
        assertNotNull(response.tokenUsage());
        return pieces.toString();
    }
}
