package io.aisle.llm.text;

import java.util.Arrays;

/**
 * Turns generated token ids into text one token at a time, handing out only complete characters.
 * Byte-level BPE tokens can end in the middle of a multi-byte UTF-8 character; the decoder then
 * shows U+FFFD, so the text is held until a later token completes it. Only the ids since the last
 * character boundary are decoded again, as vLLM's incremental detokenizer does.
 */
public final class StreamingDetokenizer {

    private final TokenDecoder decoder;
    private int[] ids = new int[64];
    private int size;
    /** Start of the window decoded each step; it always sits on a character boundary. */
    private int prefixOffset;
    /** End of the text already handed out. */
    private int readOffset;

    public StreamingDetokenizer(TokenDecoder decoder) {
        this.decoder = decoder;
    }

    /** Adds one token and returns the text it completes (often empty). */
    public String push(int tokenId) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = tokenId;
        String known = decoder.decode(Arrays.copyOfRange(ids, prefixOffset, readOffset));
        String now = decoder.decode(Arrays.copyOfRange(ids, prefixOffset, size));
        if (now.length() <= known.length() || now.endsWith("\uFFFD")) {
            return "";
        }
        prefixOffset = readOffset;
        readOffset = size;
        return now.substring(known.length());
    }

    /** The text still held back at the end of generation, incomplete characters shown as U+FFFD. */
    public String flush() {
        String known = decoder.decode(Arrays.copyOfRange(ids, prefixOffset, readOffset));
        String now = decoder.decode(Arrays.copyOfRange(ids, prefixOffset, size));
        prefixOffset = readOffset = size;
        return now.length() > known.length() ? now.substring(known.length()) : "";
    }
}
