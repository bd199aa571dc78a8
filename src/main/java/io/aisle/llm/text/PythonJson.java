package io.aisle.llm.text;

import java.util.Iterator;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json.dumps(value, ensure_ascii=False, indent=indent)} writes
 * it, which is what Hugging Face's {@code tojson} template filter produces: ", " and ": " between
 * items without indent, "," plus newline and indent with it, non-ASCII text left as is.
 */
final class PythonJson {

    private PythonJson() {
    }

    static String dumps(Object value, Integer indent) {
        StringBuilder out = new StringBuilder();
        write(value, indent, 0, out);
        return out.toString();
    }

    private static void write(Object value, Integer indent, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "true" : "false");
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map) {
            writeMap((Map<?, ?>) value, indent, depth, out);
        } else if (value instanceof Iterable) {
            writeItems(((Iterable<?>) value).iterator(), indent, depth, out);
        } else if (value instanceof Object[]) {
            writeItems(java.util.Arrays.asList((Object[]) value).iterator(), indent, depth, out);
        } else {
            writeString(value.toString(), out);
        }
    }

    private static void writeMap(Map<?, ?> map, Integer indent, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            separate(first, indent, depth + 1, out);
            first = false;
            writeString(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), indent, depth + 1, out);
        }
        close(indent, depth, out);
        out.append('}');
    }

    private static void writeItems(Iterator<?> items, Integer indent, int depth, StringBuilder out) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            separate(first, indent, depth + 1, out);
            first = false;
            write(items.next(), indent, depth + 1, out);
        }
        close(indent, depth, out);
        out.append(']');
    }

    private static void separate(boolean first, Integer indent, int depth, StringBuilder out) {
        if (indent == null) {
            out.append(first ? "" : ", ");
        } else {
            out.append(first ? "\n" : ",\n").append(" ".repeat(indent * depth));
        }
    }

    private static void close(Integer indent, int depth, StringBuilder out) {
        if (indent != null) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
