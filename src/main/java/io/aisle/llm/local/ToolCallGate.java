package io.aisle.llm.local;

import java.util.List;

/**
 * Holds streamed text back from the point where a tool call may begin, so that a stream never shows
 * tool-call markup as answer text: Hermes/Qwen {@code <tool_call>}, Llama's {@code <|python_tag|>}, or
 * a message that opens with a JSON object (Llama 3's plain tool-call style).
 */
final class ToolCallGate {

    private static final List<String> MARKERS = List.of("<tool_call>", "<|python_tag|>");

    private final boolean active;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;
    private boolean sawText;

    ToolCallGate(boolean toolsOffered) {
        this.active = toolsOffered;
    }

    /** The part of the text seen so far that can be shown now. */
    String pass(String delta) {
        if (!active) {
            return delta;
        }
        if (closed) {
            return "";
        }
        pending.append(delta);
        if (!sawText) {
            String lead = pending.toString().stripLeading();
            if (lead.isEmpty()) {
                return "";
            }
            sawText = true;
            if (lead.startsWith("{")) {
                closed = true;
                return "";
            }
        }
        int cut = safeLength();
        String shown = pending.substring(0, cut);
        pending.delete(0, cut);
        return shown;
    }

    private int safeLength() {
        String text = pending.toString();
        for (String marker : MARKERS) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                closed = true;
                return at;
            }
        }
        int keep = 0;
        for (String marker : MARKERS) {
            for (int n = Math.min(marker.length() - 1, text.length()); n > keep; n--) {
                if (text.endsWith(marker.substring(0, n))) {
                    keep = n;
                }
            }
        }
        return text.length() - keep;
    }
}
