package io.aisle.assistant.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordChunksTest {

    @Test
    void piecesAreWordsWithTheSpaceBeforeThemAndJoinBackExactly() {
        String answer = "Here are 2 lanterns:\n1. Pink Glass Lantern - 8.00 GBP  ";
        List<String> chunks = WordChunks.of(answer);
        assertEquals(List.of("Here", " are", " 2", " lanterns:", "\n1.", " Pink", " Glass", " Lantern", " -", " 8.00",
                " GBP", "  "), chunks);
        assertEquals(answer, String.join("", chunks));
    }

    @Test
    void anEmptyAnswerHasNoPieces() {
        assertEquals(List.of(), WordChunks.of(""));
    }
}
