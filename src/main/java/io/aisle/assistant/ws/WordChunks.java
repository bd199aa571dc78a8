package io.aisle.assistant.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a composed answer into the pieces a grounded turn streams, one word each with the whitespace before it,
 * so that a widget renders grounded answers exactly as it renders a model's token stream.
 */
final class WordChunks {

    private static final Pattern WORD = Pattern.compile("\\s*\\S+|\\s+$");

    private WordChunks() {
    }

    /** The pieces, in order; joined they give back {@code text} exactly. */
    static List<String> of(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            chunks.add(m.group());
        }
        return chunks;
    }
}
