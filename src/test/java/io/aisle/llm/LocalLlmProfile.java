package io.aisle.llm;

import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.tiny.TinyChatModels;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The app with a generated tiny Qwen2.5-style model loaded in process and served at /v1, and the
 * assistant's provider set to {@code openai} pointing at that endpoint: one start-up exercises the
 * local runtime, the OpenAI-compatible server and the OpenAI client against it.
 */
public class LocalLlmProfile implements QuarkusTestProfile {

    public static final Path MODEL_DIR = Path.of("target", "llm-tiny", "qwen2.5-chat");

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!Files.exists(MODEL_DIR.resolve("model.safetensors"))) {
            TinyChatModels.write(ModelFamily.QWEN2_5, MODEL_DIR);
        }
        int port = freePort();
        return Map.of(
                "quarkus.http.test-port", String.valueOf(port),
                "aisle.llm.provider", "openai",
                "aisle.llm.local.model-dir", MODEL_DIR.toString(),
                "aisle.llm.local.max-context", "1024",
                "aisle.llm.local.default-max-tokens", "24",
                "aisle.llm.openai.base-url", "http://localhost:" + port + "/v1",
                "aisle.llm.openai.model", MODEL_DIR.getFileName().toString(),
                "aisle.llm.openai.max-retries", "0",
                "aisle.llm.openai.api-key", TestTokens.service());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
