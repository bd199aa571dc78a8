package io.aisle.embedding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.catalog.model.ImportResult;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The catalog import tells observers (the re-embedding trigger) once its transaction has committed. */
@QuarkusTest
class ImportEventTest {

    @ApplicationScoped
    static class CommittedImports {
        private final List<ImportResult> seen = new CopyOnWriteArrayList<>();

        void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportResult result) {
            seen.add(result);
        }

        List<ImportResult> seen() { // through the client proxy: a method, not the field
            return List.copyOf(seen);
        }
    }

    @Inject
    CommittedImports imports;

    @Test
    void aCommittedImportIsAnnouncedAndARejectedOneIsNot() {
        String t = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int before = imports.seen().size();
        upload("{\"sku\":\"" + t + "-1\",\"title\":\"Tin Robot\",\"price\":4.5}\n", 200);
        List<ImportResult> seen = imports.seen();
        assertEquals(before + 1, seen.size());
        assertEquals(new ImportResult(1, 1, 0, 0), seen.get(seen.size() - 1));

        upload("{\"sku\":\"" + t + "-2\",\"title\":\"\",\"price\":-1}\n", 400);
        assertEquals(before + 1, imports.seen().size());
    }

    private static void upload(String jsonl, int status) {
        given().auth().oauth2(TestTokens.service()).contentType("application/x-ndjson").body(jsonl.getBytes(StandardCharsets.UTF_8))
                .post("/products/import").then().statusCode(status);
    }
}
