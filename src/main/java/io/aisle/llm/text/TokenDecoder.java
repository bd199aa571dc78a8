package io.aisle.llm.text;

/** Turns token ids into text, as a tokenizer's decode does. */
@FunctionalInterface
public interface TokenDecoder {

    /** The text of the ids; an incomplete UTF-8 sequence at the end decodes to U+FFFD. */
    String decode(int[] tokenIds);
}
