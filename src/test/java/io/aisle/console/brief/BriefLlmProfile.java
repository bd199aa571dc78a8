package io.aisle.console.brief;

import io.aisle.assistant.llm.ScriptedLlmBackend;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The app on the assistant's scripted model, with a short deadline for the brief's summary. */
public class BriefLlmProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedLlmBackend.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aisle.console.brief.summary-timeout", "PT1S");
    }
}
