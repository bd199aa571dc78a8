package io.aisle.common.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgArraysTest {

    @Test
    void emptyListIsEmptyArray() {
        assertEquals("{}", PgArrays.textLiteral(List.of()));
    }

    @Test
    void everyElementIsQuoted() {
        assertEquals("{\"a\",\"b c\",\"NULL\"}", PgArrays.textLiteral(List.of("a", "b c", "NULL")));
    }

    @Test
    void emptyStringStaysAnEmptyElement() {
        assertEquals("{\"\",\"x\"}", PgArrays.textLiteral(List.of("", "x")));
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("{\"say \\\"hi\\\"\",\"C:\\\\dir\\\\\"}", PgArrays.textLiteral(List.of("say \"hi\"", "C:\\dir\\")));
    }

    @Test
    void delimitersAndBracesNeedNoEscapeInsideQuotes() {
        assertEquals("{\"a,b\",\"{x}\",\" pad \"}", PgArrays.textLiteral(Arrays.asList("a,b", "{x}", " pad ")));
    }
}
