package io.aisle.events.model;

/** What happened to a batch: newly stored events, and events whose id the log already had. */
public record IngestResult(long received, long accepted, long duplicates) {

    public static final IngestResult EMPTY = new IngestResult(0, 0, 0);

    public IngestResult plus(IngestResult other) {
        return new IngestResult(received + other.received, accepted + other.accepted, duplicates + other.duplicates);
    }
}
