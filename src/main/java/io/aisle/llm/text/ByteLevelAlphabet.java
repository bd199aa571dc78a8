package io.aisle.llm.text;

/**
 * GPT-2's bytes_to_unicode table, which byte-level BPE tokenizers (Qwen2, Llama 3) use so every
 * byte is a visible character in vocab and merges: printable Latin-1 bytes stand for themselves,
 * the rest are shifted to U+0100 and up.
 */
final class ByteLevelAlphabet {

    /** The byte for each position of the base vocabulary, in the order published vocabularies list them. */
    static final int[] BYTE_ORDER = new int[256];
    /** The symbol for each byte value. */
    static final char[] SYMBOL = new char[256];

    static {
        int position = 0;
        boolean[] printable = new boolean[256];
        for (int b = 0; b < 256; b++) {
            printable[b] = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            if (printable[b]) {
                BYTE_ORDER[position++] = b;
                SYMBOL[b] = (char) b;
            }
        }
        int shifted = 0;
        for (int b = 0; b < 256; b++) {
            if (!printable[b]) {
                BYTE_ORDER[position++] = b;
                SYMBOL[b] = (char) (256 + shifted++);
            }
        }
    }

    private ByteLevelAlphabet() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            out.append(SYMBOL[b & 0xFF]);
        }
        return out.toString();
    }
}
