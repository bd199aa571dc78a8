package io.aisle.llm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.tiny.TinyChatModels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler and text generation on a generated Llama 3.2-style model. */
class LocalChatEngineTest {

    @TempDir
    static Path dir;

    static LocalChatEngine engine;

    @BeforeAll
    static void load() {
        TinyChatModels.write(ModelFamily.LLAMA_3_2, dir);
        engine = LocalChatEngine.open(dir, RuntimeOptions.cpu(512), 3, 2, 40, new SimpleMeterRegistry());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Collects one answer: its pieces and its result. */
    static final class Answer implements ChatListener {
        final StringBuilder pieces = new StringBuilder();
        final CompletableFuture<LocalChatResult> result = new CompletableFuture<>();
        GenerationHandle handle;
        boolean cancelOnFirstText;

        @Override
        public void onText(String delta) {
            pieces.append(delta);
            if (cancelOnFirstText) {
                handle.cancel();
            }
        }

        @Override
        public void onComplete(LocalChatResult done) {
            result.complete(done);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        LocalChatResult await() throws Exception {
            return result.get(60, TimeUnit.SECONDS);
        }
    }

    static Answer ask(String question, SamplingRequest sampling, boolean cancelOnFirstText) {
        Answer answer = new Answer();
        answer.cancelOnFirstText = cancelOnFirstText;
        answer.handle = engine.chat(List.of(ChatTurn.user(question)), List.of(), sampling, answer);
        return answer;
    }

    static SamplingRequest sampled(long seed, int maxTokens, List<String> stop) {
        return new SamplingRequest(1.0, 0.9, 50, 1.1, maxTokens, stop, seed);
    }

    @Test
    void answersDecodedTogetherEqualTheSameAnswersDecodedAlone() throws Exception {
        List<String> questions = List.of("a blue mug", "garden lantern under 20", "gift for a cook");
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            alone.add(ask(questions.get(i), sampled(i, 30, List.of()), false).await().text());
        }
        List<Answer> together = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            together.add(ask(questions.get(i), sampled(i, 30, List.of()), false));
        }
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(alone.get(i), together.get(i).await().text());
            assertEquals(alone.get(i), together.get(i).pieces.toString());
        }
    }

    @Test
    void aStopStringEndsTheAnswerAndIsNeverShown() throws Exception {
        String full = ask("a wooden box", sampled(11, 40, List.of()), false).await().text();
        assertTrue(full.length() > 6, "answer long enough to cut: " + full);
        String stop = full.substring(3, 6);
        int cut = full.indexOf(stop);

        Answer stopped = ask("a wooden box", sampled(11, 40, List.of(stop)), false);

        assertEquals(full.substring(0, cut), stopped.await().text());
        assertEquals(full.substring(0, cut), stopped.pieces.toString());
        assertEquals(LocalChatResult.Finish.STOP, stopped.await().finish());
    }

    @Test
    void maxTokensEndsTheAnswerWithFinishLength() throws Exception {
        LocalChatResult result = ask("candles", new SamplingRequest(1.0, 1.0, null, 1.0, 3, List.of(), 5L), false).await();
        assertEquals(LocalChatResult.Finish.LENGTH, result.finish());
        assertEquals(3, result.completionTokens());
    }

    @Test
    void aCancelledAnswerEndsEarlyAsCancelled() throws Exception {
        LocalChatResult result = ask("tea towels", sampled(2, 40, List.of()), true).await();

        assertEquals(LocalChatResult.Finish.CANCELLED, result.finish());
        assertTrue(result.completionTokens() < 40, "stopped early: " + result.completionTokens());
    }

    @Test
    void aFullQueueRefusesInsteadOfPilingUp() throws Exception {
        List<Answer> accepted = new ArrayList<>();
        assertThrows(GenerationRefusedException.class, () -> {
            for (int i = 0; i < 20; i++) {
                accepted.add(ask("a long story " + i, sampled(i, 40, List.of()), false));
            }
        });
        assertTrue(accepted.size() >= 2 && accepted.size() < 20, "accepted " + accepted.size());
        for (Answer answer : accepted) {
            answer.await();
        }
    }
}
