package io.aisle.llm.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a chat template needs from tokenizer_config.json: the template(s) and the BOS/EOS text. */
record TokenizerConfig(Map<String, String> templates, String bosToken, String eosToken) {

    static TokenizerConfig read(Path modelDir) {
        try {
            JsonNode config = new ObjectMapper().readTree(modelDir.resolve("tokenizer_config.json").toFile());
            return new TokenizerConfig(templates(config.path("chat_template")),
                    tokenText(config.path("bos_token")), tokenText(config.path("eos_token")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer_config.json of " + modelDir, e);
        }
    }

    /** A special token is written either as its text or as an AddedToken object with a content field. */
    static String tokenText(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        return node.hasNonNull("content") ? node.get("content").asText() : null;
    }

    /** chat_template is one template, or a list of named ones ("default", "tool_use", ...). */
    private static Map<String, String> templates(JsonNode node) {
        Map<String, String> templates = new LinkedHashMap<>();
        if (node.isTextual()) {
            templates.put("default", node.asText());
        } else {
            node.forEach(named -> templates.put(named.path("name").asText(), named.path("template").asText()));
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("tokenizer_config.json has no chat_template");
        }
        return templates;
    }
}
