package io.aisle.llm.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerManifestTest {

    @TempDir
    Path dir;

    @Test
    void aFlatLogitArrayIsTheLastPromptPosition() throws IOException {
        PeerManifest.Case c = readSingleCase("{\"prompt\":[5,6,7],\"logits\":[0.5,-1.25],\"greedy\":[3,4]}");
        assertEquals(1, c.logits().length);
        assertEquals(2, c.positionOfRow(0));
        assertArrayEquals(new float[] {0.5f, -1.25f}, c.logits()[0]);
        assertArrayEquals(new int[] {3, 4}, c.greedy());
    }

    @Test
    void logitRowsBelongToTheLastPromptPositions() throws IOException {
        PeerManifest.Case c = readSingleCase("{\"prompt\":[5,6,7],\"logits\":[[1,2],[3,4]]}");
        assertEquals(1, c.positionOfRow(0));
        assertEquals(2, c.positionOfRow(1));
        assertEquals(0, c.greedy().length);
    }

    @Test
    void moreLogitRowsThanPromptTokensAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> readSingleCase("{\"prompt\":[5],\"logits\":[[1],[2]]}"));
    }

    @Test
    void aCaseWithNothingToCompareIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> readSingleCase("{\"prompt\":[5]}"));
    }

    @Test
    void aRelativeModelDirIsResolvedAgainstTheManifest() throws IOException {
        Path file = write("{\"models\":[{\"dir\":\"models/tiny\",\"cases\":[]}]}");
        assertEquals(dir.resolve("models/tiny"), PeerManifest.read(file).models().get(0).dir());
    }

    private PeerManifest.Case readSingleCase(String caseJson) throws IOException {
        Path file = write("{\"models\":[{\"dir\":\"/m\",\"architecture\":\"LlamaForCausalLM\",\"cases\":[" + caseJson + "]}]}");
        return PeerManifest.read(file).models().get(0).cases().get(0);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("manifest.json"), json);
    }
}
