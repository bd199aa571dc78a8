package io.aisle.llm.text;

/** Who speaks a turn; {@link #wire()} is the role name chat templates compare against. */
public enum ChatRole {
    SYSTEM, USER, ASSISTANT, TOOL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
