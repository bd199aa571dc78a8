package io.aisle.llm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingDetokenizerTest {

    @TempDir
    static Path dir;
    static ModelTokenizer tokenizer;

    @BeforeAll
    static void load() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        tokenizer = ModelTokenizer.load(dir);
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void multiByteCharactersSplitAcrossTokensComeOutWholeAndInOrder() {
        String text = "Your café order 🍵 ships to 東京 — naïve ☕ delight!";
        int[] ids = tokenizer.encode(text);
        StreamingDetokenizer stream = new StreamingDetokenizer(tokenizer);
        List<String> chunks = new ArrayList<>();
        for (int id : ids) {
            String chunk = stream.push(id);
            assertFalse(chunk.contains("\uFFFD"), "half a character came out: " + chunk);
            chunks.add(chunk);
        }
        assertEquals("", stream.flush());
        assertTrue(chunks.contains(""), "some character was split across tokens and held back");
        assertEquals(text, String.join("", chunks));
    }

    @Test
    void anEmojiIsHeldUntilItsLastByteArrives() {
        int[] ids = tokenizer.encode("🍵");
        assertEquals(4, ids.length);
        StreamingDetokenizer stream = new StreamingDetokenizer(tokenizer);
        assertEquals("", stream.push(ids[0]));
        assertEquals("", stream.push(ids[1]));
        assertEquals("", stream.push(ids[2]));
        assertEquals("🍵", stream.push(ids[3]));
    }

    @Test
    void specialTokensProduceNoTextAndFlushShowsAnUnfinishedCharacter() {
        StreamingDetokenizer stream = new StreamingDetokenizer(tokenizer);
        assertEquals("", stream.push(tokenizer.tokenId("<|im_end|>")));
        int[] cjk = tokenizer.encode("東");
        stream.push(cjk[0]);
        assertEquals("\uFFFD", stream.flush());
    }

    @Test
    void asciiTextStreamsTokenByToken() {
        int[] ids = tokenizer.encode("Add the mug to my cart");
        StreamingDetokenizer stream = new StreamingDetokenizer(tokenizer);
        for (int id : ids) {
            assertFalse(stream.push(id).isEmpty());
        }
    }
}
