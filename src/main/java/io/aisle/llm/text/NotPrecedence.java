package io.aisle.llm.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Gives {@code not} Python Jinja's precedence under Jinjava. In Jinja, {@code not} binds looser
 * than comparisons and tests ({@code not tools is defined} means {@code not (tools is defined)});
 * Jinjava binds it tighter ({@code (not tools) is defined}), which silently changes what published
 * templates do. This parenthesises each unary {@code not} operand up to the next
 * {@code and}/{@code or}/{@code if}/{@code else}, comma, closing bracket or end of tag, which is
 * exactly Jinja's grammar, and leaves text outside tags and string literals alone.
 */
final class NotPrecedence {

    private static final Set<String> BEFORE_UNARY = Set.of("if", "elif", "and", "or", "not", "else");
    private static final Set<String> ENDS_OPERAND = Set.of("and", "or", "if", "else");

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    private NotPrecedence(String source) {
        this.source = source;
    }

    static String apply(String template) {
        return new NotPrecedence(template).rewrite();
    }

    private String rewrite() {
        while (pos < source.length()) {
            if (source.startsWith("{#", pos)) {
                copyThrough("#}");
            } else if (source.startsWith("{{", pos) || source.startsWith("{%", pos)) {
                String close = source.startsWith("{{", pos) ? "}}" : "%}";
                out.append(source, pos, pos + 2);
                pos += 2;
                tag(close);
            } else {
                out.append(source.charAt(pos++));
            }
        }
        return out.toString();
    }

    private void tag(String close) {
        Deque<Integer> openNots = new ArrayDeque<>();
        String previous = null;
        int depth = 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            boolean atClose = depth == 0 && (source.startsWith(close, pos) || source.startsWith("-" + close, pos)
                    || source.startsWith("+" + close, pos));
            if (atClose) {
                closeNots(openNots, -1);
                return;
            }
            if (c == '\'' || c == '"') {
                copyString(c);
                previous = "literal";
            } else if (Character.isLetter(c) || c == '_') {
                String word = readWord();
                if (ENDS_OPERAND.contains(word)) {
                    closeNots(openNots, depth);
                }
                boolean unaryNot = word.equals("not") && (previous == null || BEFORE_UNARY.contains(previous)
                        || "([,={:".contains(previous)) && !source.startsWith(" in ", pos);
                out.append(word);
                if (unaryNot) {
                    out.append(" (");
                    openNots.push(depth);
                    skipWhitespace();
                }
                previous = word;
            } else {
                if (c == ')' || c == ']' || c == '}' || c == ',') {
                    closeNots(openNots, depth);
                }
                depth += (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
                out.append(c);
                pos++;
                if (!Character.isWhitespace(c)) {
                    previous = String.valueOf(c);
                }
            }
        }
    }

    /** Closes the groups opened at {@code depth} (all of them for -1), before any whitespace already copied. */
    private void closeNots(Deque<Integer> openNots, int depth) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        StringBuilder closing = new StringBuilder();
        while (!openNots.isEmpty() && (depth < 0 || openNots.peek() == depth)) {
            openNots.pop();
            closing.append(')');
        }
        out.insert(end, closing);
    }

    private void skipWhitespace() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private String readWord() {
        int start = pos;
        while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
            pos++;
        }
        return source.substring(start, pos);
    }

    private void copyString(char quote) {
        out.append(source.charAt(pos++));
        while (pos < source.length() && source.charAt(pos) != quote) {
            if (source.charAt(pos) == '\\' && pos + 1 < source.length()) {
                out.append(source.charAt(pos++));
            }
            out.append(source.charAt(pos++));
        }
        if (pos < source.length()) {
            out.append(source.charAt(pos++));
        }
    }

    private void copyThrough(String end) {
        int stop = source.indexOf(end, pos);
        int until = stop < 0 ? source.length() : stop + end.length();
        out.append(source, pos, until);
        pos = until;
    }
}
