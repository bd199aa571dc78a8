package io.aisle.llm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolCallGateTest {

    static String stream(ToolCallGate gate, List<String> pieces) {
        StringBuilder shown = new StringBuilder();
        pieces.forEach(p -> shown.append(gate.pass(p)));
        return shown.toString();
    }

    @Test
    void withoutToolsEverythingPasses() {
        assertEquals("{\"a\"<tool_call>x", stream(new ToolCallGate(false), List.of("{\"a\"", "<tool_call>x")));
    }

    @Test
    void textBeforeAHermesToolCallIsShownAndTheCallIsNot() {
        assertEquals("Let me look.\n",
                stream(new ToolCallGate(true), List.of("Let me look", ".\n<to", "ol_call>\n{\"name\"", "}</tool_call>")));
    }

    @Test
    void aPossibleMarkerStartIsHeldBackUntilItIsClearlyText() {
        ToolCallGate gate = new ToolCallGate(true);
        assertEquals("price ", gate.pass("price <t"));
        assertEquals("<ten euros", gate.pass("en euros"));
    }

    @Test
    void aMessageOpeningWithJsonIsTreatedAsALlamaToolCall() {
        assertEquals("", stream(new ToolCallGate(true), List.of("  ", "{\"name\": \"search\"", ", \"parameters\": {}}")));
    }

    @Test
    void thePythonTagHidesWhatFollows() {
        assertEquals("", stream(new ToolCallGate(true), List.of("<|python", "_tag|>{\"name\": \"x\"}")));
    }
}
