package io.aisle.llm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotPrecedenceTest {

    @Test
    void unaryNotTakesTheWholeTestOrComparisonAsOperand() {
        assertEquals("{%- if not (tools is defined) %}", NotPrecedence.apply("{%- if not tools is defined %}"));
        assertEquals("{%- if not (message.tool_calls|length == 1) %}",
                NotPrecedence.apply("{%- if not message.tool_calls|length == 1 %}"));
    }

    @Test
    void operandEndsAtAndOrAndClosingBrackets() {
        assertEquals("{% if tools is not none and not (tools_in_user_message) %}",
                NotPrecedence.apply("{% if tools is not none and not tools_in_user_message %}"));
        assertEquals("{% if not ((a == 1 or b) == 2) or c %}", NotPrecedence.apply("{% if not (a == 1 or b) == 2 or c %}"));
        assertEquals("{{ f(not (x is none), y) }}", NotPrecedence.apply("{{ f(not x is none, y) }}"));
    }

    @Test
    void isNotNotInStringsAndTextOutsideTagsStayAsTheyAre() {
        String untouched = "not a tag {% if x is not none and y not in z %}{{ 'not this' }}{# not #}{%- endif -%}";
        assertEquals(untouched, NotPrecedence.apply(untouched));
    }
}
