package io.aisle.ltv.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Customers' latest scores: written in batches inside a run's transaction, read by the API and console. */
@ApplicationScoped
public class CustomerScoreRepository {

    public record Score(long customerId, double predictedValue, double expectedPurchases, double probabilityAlive,
                        double churnRisk, String tier, String driversJson, long modelVersionId) {
    }

    public record StoredScore(String customer, Score score, java.time.Instant scoredAt) {
    }

    public record TierCount(String tier, long customers, double totalPredictedValue, double meanChurnRisk) {
    }

    private static final int BATCH = 1_000;
    private static final String UPSERT = """
            INSERT INTO customer_scores AS s (customer_id, predicted_value, expected_purchases, probability_alive,
                                              churn_risk, tier, drivers, model_version_id, scored_at)
            SELECT u.id, u.value, u.purchases, u.alive, u.churn, u.tier, u.drivers::jsonb, ?, now()
            FROM unnest(?::bigint[], ?::numeric[], ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::text[])
                 AS u(id, value, purchases, alive, churn, tier, drivers)
            ON CONFLICT (customer_id) DO UPDATE SET predicted_value = excluded.predicted_value,
                expected_purchases = excluded.expected_purchases, probability_alive = excluded.probability_alive,
                churn_risk = excluded.churn_risk, tier = excluded.tier, drivers = excluded.drivers,
                model_version_id = excluded.model_version_id, scored_at = excluded.scored_at""";

    private final DataSource dataSource;

    public CustomerScoreRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes on the caller's connection, so the scores commit or roll back with the run. */
    public void write(Connection c, long modelVersionId, List<Score> scores) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            for (int from = 0; from < scores.size(); from += BATCH) {
                List<Score> batch = scores.subList(from, Math.min(scores.size(), from + BATCH));
                st.setLong(1, modelVersionId);
                st.setArray(2, c.createArrayOf("bigint", batch.stream().map(Score::customerId).toArray()));
                st.setArray(3, c.createArrayOf("numeric", batch.stream().map(s -> Math.round(s.predictedValue() * 100) / 100.0).toArray()));
                st.setArray(4, c.createArrayOf("float8", batch.stream().map(Score::expectedPurchases).toArray()));
                st.setArray(5, c.createArrayOf("float8", batch.stream().map(Score::probabilityAlive).toArray()));
                st.setArray(6, c.createArrayOf("float8", batch.stream().map(Score::churnRisk).toArray()));
                st.setArray(7, c.createArrayOf("text", batch.stream().map(Score::tier).toArray()));
                st.setArray(8, c.createArrayOf("text", batch.stream().map(Score::driversJson).toArray()));
                st.executeUpdate();
            }
        }
    }

    public Optional<StoredScore> byCustomer(String externalId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT s.customer_id, s.predicted_value, s.expected_purchases, s.probability_alive, s.churn_risk, s.tier,"
                        + " s.drivers::text, s.model_version_id, s.scored_at FROM customer_scores s"
                        + " JOIN customers c ON c.id = s.customer_id WHERE c.external_id = ?")) {
            st.setString(1, externalId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Score score = new Score(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getLong(8));
                return Optional.of(new StoredScore(externalId, score, rs.getTimestamp(9).toInstant()));
            }
        }
    }

    public List<TierCount> tiers() throws SQLException {
        List<TierCount> tiers = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT tier, count(*), sum(predicted_value), avg(churn_risk) FROM customer_scores GROUP BY tier"
                        + " ORDER BY array_position(ARRAY['top5', 'top20', 'rest', 'new'], tier)");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                tiers.add(new TierCount(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)));
            }
        }
        return tiers;
    }
}
