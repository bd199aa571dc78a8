package io.aisle.llm.text;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a model's chat template (tokenizer_config.json's chat_template) into the prompt text, as
 * Hugging Face's apply_chat_template does: Jinja with trim_blocks and lstrip_blocks, messages and
 * tools in OpenAI's shape, bos_token/eos_token, add_generation_prompt, and the helpers published
 * templates call (raise_exception, strftime_now, tojson with Python's formatting).
 */
public final class ChatTemplate {

    /** Jinja2's own semantics where Jinjava by default keeps older behaviour of its own. */
    private static final LegacyOverrides PYTHON_JINJA = LegacyOverrides.newBuilder()
            .withEvaluateMapKeys(true)
            .withIterateOverMapKeys(true)
            .withUseNaturalOperatorPrecedence(true)
            .withParseWhitespaceControlStrictly(true)
            .withUseTrimmingForNotesAndExpressions(true)
            .withKeepNullableLoopValues(true)
            .build();

    private final Map<String, String> templates;
    private final String bosToken;
    private final String eosToken;
    private final Jinjava jinja;
    private final Clock clock;

    private ChatTemplate(TokenizerConfig config, Clock clock) {
        this.templates = new java.util.LinkedHashMap<>();
        config.templates().forEach((name, source) -> templates.put(name, NotPrecedence.apply(source)));
        this.bosToken = config.bosToken();
        this.eosToken = config.eosToken();
        this.clock = clock;
        this.jinja = new Jinjava(JinjavaConfig.newBuilder()
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withLegacyOverrides(PYTHON_JINJA)
                .build());
        TemplateHelpers.register(jinja);
    }

    /** The template of a model directory, dated by the system clock (Llama's "Today Date"). */
    public static ChatTemplate load(Path modelDir) {
        return load(modelDir, Clock.systemDefaultZone());
    }

    public static ChatTemplate load(Path modelDir, Clock clock) {
        return new ChatTemplate(TokenizerConfig.read(modelDir), clock);
    }

    /**
     * The prompt for the conversation; {@code tools} may be empty. With {@code addGenerationPrompt}
     * the text ends with the header the assistant's reply follows.
     *
     * @throws IllegalArgumentException when the template refuses the conversation (raise_exception)
     */
    public String render(List<ChatTurn> turns, List<ToolSpec> tools, boolean addGenerationPrompt) {
        Map<String, Object> bindings = new HashMap<>();
        bindings.put("messages", TemplateMessages.of(turns));
        if (!tools.isEmpty()) {
            bindings.put("tools", TemplateMessages.tools(tools));
        }
        bindings.put("add_generation_prompt", addGenerationPrompt);
        bindings.put("bos_token", bosToken == null ? "" : bosToken);
        bindings.put("eos_token", eosToken == null ? "" : eosToken);
        TemplateHelpers.bindClock(bindings, clock);
        RenderResult result = jinja.renderForResult(template(!tools.isEmpty()), bindings);
        List<TemplateError> failures = result.getErrors().stream()
                .filter(e -> e.getSeverity() != TemplateError.ErrorType.WARNING)
                .collect(Collectors.toList());
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException("the chat template cannot render this conversation: "
                    + failures.stream().map(ChatTemplate::describe).collect(Collectors.joining("; ")));
        }
        return result.getOutput();
    }

    /** The template's own words when it refused through raise_exception, else Jinjava's message. */
    private static String describe(TemplateError error) {
        Throwable cause = error.getException();
        while (cause != null && !(cause instanceof TemplateRefusal)) {
            cause = cause.getCause();
        }
        return cause != null ? cause.getMessage() : error.getMessage();
    }

    private String template(boolean withTools) {
        if (withTools && templates.containsKey("tool_use")) {
            return templates.get("tool_use");
        }
        return templates.getOrDefault("default", templates.values().iterator().next());
    }
}
