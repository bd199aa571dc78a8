package io.aisle.assistant.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A store policy as written in Markdown: "# Title" on the first line, then "## Heading" sections, each one a
 * passage that questions are matched against.
 */
public record PolicyDocument(String topic, String title, String body, List<Section> sections) {

    public record Section(String heading, String text) {
    }

    public static PolicyDocument parse(String topic, String markdown) {
        String title = null;
        List<Section> sections = new ArrayList<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                addSection(sections, heading, text);
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (line.startsWith("# ") && title == null) {
                title = line.substring(2).strip();
            } else if (!line.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        addSection(sections, heading, text);
        if (title == null || sections.isEmpty()) {
            throw new IllegalArgumentException("policy '" + topic + "' needs a '# Title' line and '## ' sections");
        }
        return new PolicyDocument(topic, title, markdown.strip(), List.copyOf(sections));
    }

    private static void addSection(List<Section> sections, String heading, StringBuilder text) {
        if (heading != null && !text.isEmpty()) {
            sections.add(new Section(heading, text.toString()));
        }
    }
}
