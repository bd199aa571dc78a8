package io.aisle.recommend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.model.SasRecConfig;
import io.aisle.recommend.service.RecRunReport;
import io.aisle.recommend.service.RecommendTrainingService;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Model versions: the promotion gate, rollback, and the record of every run. */
@QuarkusTest
class RecommenderVersionsTest {

    @Inject
    RecommendTrainingService training;

    @Inject
    RecommendConfig config;

    @Inject
    DataSource dataSource;

    private RecommendFixtures.TrainedShop shop;

    @BeforeEach
    void trained() {
        shop = RecommendFixtures.trainedShop();
    }

    @Test
    void aModelThatEvaluatesWorseIsNotActivated() {
        long active = activeVersion();
        SasRecConfig untrained = config.model().toSasRec().withLearningRate(1e-7f).withMaxEpochs(1).withPatience(1);
        RecRunReport report = training.retrain("test", untrained);
        assertEquals("kept_active", report.outcome());
        assertTrue(report.candidate().ndcg10() < report.active().ndcg10(),
                report.candidate() + " should be worse than " + report.active());
        assertEquals(active, activeVersion());
        assertEquals("rejected", Db.one(dataSource, "SELECT status FROM rec_model_versions WHERE id = ?",
                rs -> rs.getString(1), report.modelVersionId()).orElseThrow());
        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM rec_item_vectors WHERE model_version_id = ?",
                report.modelVersionId()));
        assertEquals("kept_active", Db.one(dataSource, "SELECT outcome FROM rec_runs WHERE id = ?",
                rs -> rs.getString(1), report.runId()).orElseThrow());
        given().auth().oauth2(TestTokens.admin()).post("/admin/recommend/models/{id}/activate", report.modelVersionId()).then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void theRetiredVersionCanBeActivatedAgainAndServes() {
        assertEquals(shop.secondVersion(), activeVersion());
        given().auth().oauth2(TestTokens.admin()).post("/admin/recommend/models/{id}/activate", shop.firstVersion()).then().statusCode(200)
                .body("status", equalTo("active"));
        try {
            given().auth().oauth2(TestTokens.admin()).get("/recommendations/{id}", RecommendFixtures.customer(shop.token(), "shopper")).then()
                    .statusCode(200).body("modelVersion", equalTo((int) shop.firstVersion()));
        } finally {
            given().auth().oauth2(TestTokens.admin()).post("/admin/recommend/models/{id}/activate", shop.secondVersion()).then().statusCode(200);
        }
        assertEquals(shop.secondVersion(), activeVersion());
    }

    @Test
    void aRunThatCrashesWhileRegisteringChangesNothingButItsRecord() throws SQLException {
        long active = activeVersion();
        long versions = Db.count(dataSource, "SELECT count(*) FROM rec_model_versions");
        // the version row is written, then its transaction fails
        Db.execute(dataSource, "CREATE FUNCTION rec_test_crash() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$");
        Db.execute(dataSource, "CREATE TRIGGER rec_test_crash AFTER INSERT ON rec_model_versions"
                + " FOR EACH ROW EXECUTE FUNCTION rec_test_crash()");
        RecRunReport report;
        try {
            report = training.retrain("test", config.model().toSasRec());
        } finally {
            Db.execute(dataSource, "DROP TRIGGER rec_test_crash ON rec_model_versions");
            Db.execute(dataSource, "DROP FUNCTION rec_test_crash()");
        }
        assertEquals("failed", report.outcome());
        assertTrue(report.error().contains("disk full (test)"), report.error());
        assertNull(report.modelVersionId());
        assertEquals(active, activeVersion());
        assertEquals(versions, Db.count(dataSource, "SELECT count(*) FROM rec_model_versions"));
        assertEquals("failed", Db.one(dataSource, "SELECT outcome FROM rec_runs WHERE id = ?",
                rs -> rs.getString(1), report.runId()).orElseThrow());
    }

    @Test
    void versionsAndRunsAreListedWithTheirMetrics() {
        given().auth().oauth2(TestTokens.admin()).get("/admin/recommend/models").then().statusCode(200)
                .body("find { it.id == " + shop.secondVersion() + " }.metrics.candidate.ndcg10", notNullValue())
                .body("find { it.id == " + shop.secondVersion() + " }.config.hiddenSize", equalTo(config.model().toSasRec().hiddenSize()))
                .body("find { it.id == " + shop.firstVersion() + " }.servable", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).get("/admin/recommend/runs").then().statusCode(200)
                .body("find { it.modelVersionId == " + shop.secondVersion() + " }.report.outcome", equalTo("promoted"));
    }

    private long activeVersion() {
        return Db.count(dataSource, "SELECT id FROM rec_model_versions WHERE status = 'active'");
    }
}
