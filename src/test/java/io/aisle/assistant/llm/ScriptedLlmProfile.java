package io.aisle.assistant.llm;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The app with the assistant's LLM path on a scripted model, a short turn deadline and a low rate limit. */
public class ScriptedLlmProfile implements QuarkusTestProfile {

    static final int TURNS_PER_MINUTE = 6;

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedLlmBackend.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aisle.assistant.llm.turn-timeout", "PT3S",
                "aisle.assistant.rate-limit.turns-per-minute", String.valueOf(TURNS_PER_MINUTE));
    }
}
