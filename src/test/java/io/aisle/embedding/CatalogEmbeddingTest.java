package io.aisle.embedding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.EmbeddingReport;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog embedding job against the real database: only changed products are re-embedded. */
@QuarkusTest
class CatalogEmbeddingTest {

    @Inject
    CatalogEmbeddingService embedding;

    @Inject
    TextEmbedders embedders;

    @Inject
    DataSource dataSource;

    private String t;

    @BeforeEach
    void token() {
        t = "e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aCatalogChangeReEmbedsOnlyTheChangedProduct() {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        TextEmbedder model = embedders.active();
        assertEquals(3, embedding.sync(model, false, t + "-").embedded());
        Map<String, OffsetDateTime> before = embeddedAt(model.modelName());
        assertEquals(3, before.size());
        assertEquals(384, Db.count(dataSource, "SELECT vector_dims(embedding) FROM product_embeddings WHERE model = ?"
                + " AND product_id = (SELECT id FROM products WHERE sku = ?)", model.modelName(), t + "-1"));

        importCatalog("Glass Vase", "Wooden Serving Spoon", "Linen Apron"); // one title changed
        EmbeddingReport again = embedding.sync(model, false, t + "-");

        assertEquals(1, again.embedded(), "only the changed product is re-embedded: " + again);
        assertEquals(2, again.unchanged());
        assertNull(again.fullReason());
        Map<String, OffsetDateTime> after = embeddedAt(model.modelName());
        assertEquals(before.get(t + "-1"), after.get(t + "-1"));
        assertNotEquals(before.get(t + "-2"), after.get(t + "-2"));
        assertEquals(before.get(t + "-3"), after.get(t + "-3"));

        assertEquals(0, embedding.sync(model, false, t + "-").embedded(), "nothing changed since");
    }

    @Test
    void changesOutsideTheEmbeddedTextDoNotReEmbed() {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        FakeEmbedder model = new FakeEmbedder("fake-" + t, 8, 1);
        embedding.sync(model, false);
        // price and stock are filters, not part of the text
        importRows(row(1, "Glass Vase", "99.00", 0));
        assertEquals(0, embedding.sync(model, false).embedded());
    }

    @Test
    void aNewModelEmbedsEverythingAndKeepsTheOtherModelsVectors() {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        FakeEmbedder first = new FakeEmbedder("fake-a-" + t, 8, 1);
        EmbeddingReport a = embedding.sync(first, false);
        assertEquals("new model", a.fullReason());
        long products = Db.count(dataSource, "SELECT count(*) FROM products");
        assertEquals(products, a.embedded());
        assertEquals(0, embedding.sync(first, false).embedded());

        FakeEmbedder second = new FakeEmbedder("fake-b-" + t, 12, 1);
        EmbeddingReport b = embedding.sync(second, false);
        assertEquals("new model", b.fullReason());
        assertEquals(products, b.embedded());
        assertEquals(products, vectors(first.modelName()), "the first model's vectors are still there, apart");
        assertEquals(products, vectors(second.modelName()));
        assertEquals(12, Db.count(dataSource, "SELECT DISTINCT vector_dims(embedding) FROM product_embeddings WHERE model = ?",
                second.modelName()));
        assertEquals(12, Db.count(dataSource, "SELECT dimension FROM embedding_models WHERE name = ?", second.modelName()));
    }

    @Test
    void aModelWhoseDimensionOrOutputChangedUnderTheSameNameIsReEmbeddedInFull() {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        String name = "fake-c-" + t;
        embedding.sync(new FakeEmbedder(name, 8, 1), false);
        long products = Db.count(dataSource, "SELECT count(*) FROM products");

        EmbeddingReport wider = embedding.sync(new FakeEmbedder(name, 16, 1), false);
        assertEquals("dimension changed from 8 to 16", wider.fullReason());
        assertEquals(products, wider.embedded());
        assertEquals(16, Db.count(dataSource, "SELECT min(vector_dims(embedding)) FROM product_embeddings WHERE model = ?", name));
        assertEquals(16, Db.count(dataSource, "SELECT max(vector_dims(embedding)) FROM product_embeddings WHERE model = ?", name));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM pg_indexes WHERE tablename = 'product_embeddings'"
                + " AND indexname LIKE ?", "product_vec_hnsw_fake_c_" + t + "_%"), "one HNSW index, for 16 dimensions");

        EmbeddingReport retrained = embedding.sync(new FakeEmbedder(name, 16, 2), false);
        assertEquals("model output changed", retrained.fullReason());
        assertEquals(products, retrained.embedded());

        EmbeddingReport forced = embedding.sync(new FakeEmbedder(name, 16, 2), true);
        assertEquals("forced", forced.fullReason());
        assertEquals(products, forced.embedded());
    }

    @Test
    void vectorsAreQueriedThroughTheModelsHnswIndex() throws Exception {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        String plan;
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            // on a near-empty table any plan is cheap: rule out the scans that need a sort, so the plan shows
            // whether the query's predicate and expression match the model's HNSW index at all
            st.execute("SET enable_seqscan = off");
            st.execute("SET enable_sort = off");
            try (var rs = st.executeQuery("EXPLAIN SELECT product_id FROM product_embeddings WHERE model = 'all-minilm-l6-v2'"
                    + " AND vector_dims(embedding) = 384"
                    + " ORDER BY embedding::vector(384) <=> array_fill(0.1, ARRAY[384])::vector(384) LIMIT 5")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
                plan = out.toString();
            }
            st.execute("RESET enable_seqscan");
            st.execute("RESET enable_sort");
        }
        assertTrue(plan.contains("product_vec_hnsw_all_minilm_l6_v2_384"), plan);
    }

    @Test
    void theAdminEndpointReindexesTheWholeCatalogInTheBackgroundOrWhileTheCallerWaits() throws Exception {
        importCatalog("Glass Vase", "Wooden Spoon", "Linen Apron");
        given().auth().oauth2(TestTokens.admin()).post("/admin/search/reindex").then().statusCode(202).body("job.state", notNullValue());
        long deadline = System.nanoTime() + 600_000_000_000L;
        String state;
        do {
            Thread.sleep(200);
            state = given().auth().oauth2(TestTokens.admin()).get("/admin/search/reindex").then().statusCode(200).extract().path("job.state");
        } while ("running".equals(state) && System.nanoTime() < deadline);
        given().auth().oauth2(TestTokens.admin()).get("/admin/search/reindex").then().statusCode(200)
                .body("job.state", equalTo("idle"))
                .body("job.last.model", equalTo(embedders.activeName()))
                .body("models.find { it.model == '" + embedders.activeName() + "' }.active", equalTo(true));
        long products = Db.count(dataSource, "SELECT count(*) FROM products");
        assertEquals(products, vectors(embedders.activeName()), "every product has a vector");

        importRows(row(1, "Blue Glass Vase", "10.00", 5));
        given().auth().oauth2(TestTokens.admin()).queryParam("wait", "true").post("/admin/search/reindex").then().statusCode(200)
                .body("model", equalTo(embedders.activeName()))
                .body("dimension", equalTo(384))
                .body("embedded", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).queryParam("model", "nope").post("/admin/search/reindex").then().statusCode(400)
                .body("violations.field", hasItem("model"));
    }

    @Test
    void textIsTitleCategoryAttributesDescriptionAndItsHashIsStable() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("colour", "pink");
        attributes.put("packSize", 3);
        String text = io.aisle.embedding.text.ProductText.of("Pink Bowls", "Kitchen > Tableware", attributes,
                "  Set of three\n bowls ", 1000);
        assertEquals("Pink Bowls. Category: Kitchen > Tableware. colour: pink, packSize: 3. Set of three bowls", text);
        assertEquals("Pink Bowls", io.aisle.embedding.text.ProductText.of("Pink Bowls", "", Map.of(), null, 1000));
        assertEquals("Pink", io.aisle.embedding.text.ProductText.of("Pink Bowls", null, null, null, 4));
        assertTrue(java.util.Arrays.equals(io.aisle.embedding.text.ProductText.hash(text),
                io.aisle.embedding.text.ProductText.hash(text)));
        assertFalse(java.util.Arrays.equals(io.aisle.embedding.text.ProductText.hash(text),
                io.aisle.embedding.text.ProductText.hash(text + " ")));
    }

    private void importCatalog(String title1, String title2, String title3) {
        importRows(row(1, title1, "10.00", 5) + row(2, title2, "3.50", 5) + row(3, title3, "12.00", 5));
    }

    private String row(int n, String title, String price, int stock) {
        return "{\"sku\":\"" + t + "-" + n + "\",\"title\":\"" + title + "\",\"price\":" + price
                + ",\"category\":\"Home " + t + "\",\"stock\":" + stock + "}\n";
    }

    private void importRows(String jsonl) {
        given().auth().oauth2(TestTokens.service()).contentType("application/x-ndjson").body(jsonl.getBytes(StandardCharsets.UTF_8))
                .post("/products/import").then().statusCode(200);
    }

    private Map<String, OffsetDateTime> embeddedAt(String model) {
        Map<String, OffsetDateTime> out = new LinkedHashMap<>();
        for (int n = 1; n <= 3; n++) {
            String sku = t + "-" + n;
            Db.one(dataSource, "SELECT e.embedded_at FROM product_embeddings e JOIN products p ON p.id = e.product_id"
                    + " WHERE e.model = ? AND p.sku = ?", rs -> rs.getObject(1, OffsetDateTime.class), model, sku)
                    .ifPresent(at -> out.put(sku, at));
        }
        return out;
    }

    private long vectors(String model) {
        return Db.count(dataSource, "SELECT count(*) FROM product_embeddings WHERE model = ?", model);
    }
}
