package io.aisle.console.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.console.brief.model.HandoffBrief.Mood;
import io.aisle.console.brief.service.MoodScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodScorerTest {

    @Test
    void plainQuestionsAreCalmWithNoReasons() {
        Mood mood = MoodScorer.score(List.of("do you have lanterns under 10", "how much is the pink one?", "thanks"));
        assertEquals(new Mood(MoodScorer.CALM, 0, List.of()), mood);
    }

    @Test
    void askingForAPersonAloneIsCalmButSaidWhy() {
        Mood mood = MoodScorer.score(List.of("I want to talk to a person"));
        assertEquals(MoodScorer.CALM, mood.level());
        assertEquals(List.of("asked for a human: \"I want to talk to a person\""), mood.reasons());
    }

    @Test
    void aRepeatedQuestionAndAPersonRequestAreFrustrated() {
        Mood mood = MoodScorer.score(List.of("where is my order 581234", "where is my order 581234 ?",
                "can I speak to an agent"));
        assertEquals(MoodScorer.FRUSTRATED, mood.level());
        assertEquals(3, mood.score());
        assertEquals(List.of("asked the same again (1 message): \"where is my order 581234 ?\"",
                "asked for a human: \"can I speak to an agent\""), mood.reasons());
    }

    @Test
    void capitalsNegativeWordsAndDoubleExclamationsAreAngry() {
        Mood mood = MoodScorer.score(List.of("THIS IS USELESS!!", "still nothing, terrible service"));
        assertEquals(MoodScorer.ANGRY, mood.level());
        assertEquals(2 + 2 + 2 + 1, mood.score());
        assertEquals(List.of("negative words: useless, terrible", "wrote in capitals (1 message)",
                "used \"!!\" (1 message)"), mood.reasons());
    }

    @Test
    void shortCapitalisedCodesAndAcronymsAreNotShouting() {
        Mood mood = MoodScorer.score(List.of("is 85123A in stock", "OK", "what about the UK delivery"));
        assertEquals(MoodScorer.CALM, mood.level());
        assertTrue(mood.reasons().isEmpty());
    }

    @Test
    void wordsThatOnlyContainASignalWordDoNotCount() {
        Mood mood = MoodScorer.score(List.of("personalised mugs please", "a hateful-free gift?"));
        assertEquals(0, mood.score(), mood.reasons().toString());
    }
}
