package io.aisle.llm.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTokenizerTest {

    @TempDir
    Path dir;

    @Test
    void specialTokenTextInAPromptBecomesItsSingleIdAndNothingIsAdded() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            int imStart = tokenizer.tokenId("<|im_start|>");
            int imEnd = tokenizer.tokenId("<|im_end|>");
            assertEquals(513, imStart);
            int[] ids = tokenizer.encode("<|im_start|>user\nHello<|im_end|>\n");
            assertEquals(imStart, ids[0]);
            assertEquals(1, count(ids, imStart));
            assertEquals(1, count(ids, imEnd));
            assertEquals("user\nHello\n", tokenizer.decode(ids));
        }
    }

    @Test
    void llamaPromptsGetNoSecondBosFromThePostProcessor() {
        TinyTokenizerWriter.write(dir, ModelFamily.LLAMA_3_2);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            int bos = tokenizer.tokenId("<|begin_of_text|>");
            int[] ids = tokenizer.encode("<|begin_of_text|>Hi");
            assertEquals(bos, ids[0]);
            assertEquals(1, count(ids, bos));
        }
    }

    @Test
    void textRoundTripsThroughEncodeAndDecodeIncludingNonAscii() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            String text = "Add the café mug 🍵 to my cart, 购物车 please!\n  {\"name\": \"add_to_cart\"}";
            assertEquals(text, tokenizer.decode(tokenizer.encode(text)));
        }
    }

    @Test
    void longPromptsAreNotTruncated() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            String text = "zq ".repeat(2000);
            int[] ids = tokenizer.encode(text);
            assertTrue(ids.length >= 2000, "got " + ids.length);
            assertEquals(text, tokenizer.decode(ids));
        }
    }

    @Test
    void learnedMergesMakeCommonShopWordsSingleTokens() {
        TinyTokenizerWriter.write(dir, ModelFamily.LLAMA_3_2);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            assertEquals(1, tokenizer.encode(" cart").length);
            assertTrue(tokenizer.encode("Your cart now has the wool coat.").length < 12);
        }
    }

    @Test
    void eosIdsComeFromGenerationConfigAndTokenizerConfig() {
        TinyTokenizerWriter.write(dir, ModelFamily.LLAMA_3_2);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            assertEquals(Set.of(tokenizer.tokenId("<|end_of_text|>"), tokenizer.tokenId("<|eom_id|>"),
                    tokenizer.tokenId("<|eot_id|>")), tokenizer.eosIds());
            assertEquals(TinyTokenizerWriter.vocabSize(ModelFamily.LLAMA_3_2), tokenizer.size());
        }
    }

    @Test
    void sameFamilyAndSizeWriteTheSameVocabulary() {
        TinyTokenizerWriter.write(dir.resolve("a"), ModelFamily.QWEN2_5, 400);
        TinyTokenizerWriter.write(dir.resolve("b"), ModelFamily.QWEN2_5, 400);
        try (ModelTokenizer a = ModelTokenizer.load(dir.resolve("a")); ModelTokenizer b = ModelTokenizer.load(dir.resolve("b"))) {
            String text = "Show me cheaper running shoes";
            assertArrayEquals(a.encode(text), b.encode(text));
            assertEquals(422, a.size());
        }
    }

    @Test
    void unknownTokenTextIsRejected() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir)) {
            assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenId("<|no_such_token|>"));
        }
    }

    private static int count(int[] ids, int id) {
        int n = 0;
        for (int i : ids) {
            n += i == id ? 1 : 0;
        }
        return n;
    }
}
