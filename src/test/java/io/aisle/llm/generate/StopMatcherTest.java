package io.aisle.llm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopMatcherTest {

    private static final int EOS = 99;

    @Test
    void stopStringSpanningTokensIsNeverEmitted() {
        StopMatcher matcher = new StopMatcher(List.of("\nUser:"), Set.of(EOS));
        StringBuilder out = new StringBuilder();
        for (String piece : List.of("Here is", " the mug.", "\nUs", "er", ": more")) {
            StopMatcher.Step step = matcher.accept(1, piece);
            out.append(step.text());
            if (step.stopped()) {
                break;
            }
        }
        assertTrue(matcher.stopped());
        assertEquals("Here is the mug.", out.toString());
    }

    @Test
    void heldTextIsReleasedWhenTheStopDoesNotComplete() {
        StopMatcher matcher = new StopMatcher(List.of("</answer>"), Set.of(EOS));
        assertEquals("a ", matcher.accept(1, "a </").text());
        assertEquals("</b", matcher.accept(1, "b").text());
        assertEquals("", matcher.accept(1, "</ans").text());
        assertEquals("</ans", matcher.release());
    }

    @Test
    void eosStopsAndReleasesHeldText() {
        StopMatcher matcher = new StopMatcher(List.of("STOP"), Set.of(EOS));
        assertEquals("go ", matcher.accept(1, "go ST").text());
        StopMatcher.Step step = matcher.accept(EOS, "");
        assertTrue(step.stopped());
        assertEquals("ST", step.text());
    }

    @Test
    void theEarliestOfSeveralStopStringsWinsAndTextWithoutStopsFlowsThrough() {
        StopMatcher matcher = new StopMatcher(List.of("bb", "a"), Set.of());
        StopMatcher.Step step = matcher.accept(1, "xbbya");
        assertTrue(step.stopped());
        assertEquals("x", step.text());
        StopMatcher plain = new StopMatcher(List.of(), Set.of(EOS));
        StopMatcher.Step through = plain.accept(5, "anything");
        assertEquals("anything", through.text());
        assertFalse(through.stopped());
    }
}
