package io.aisle.assistant.policy;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** Policy documents, their passages and the passages' vectors per embedding model. */
@ApplicationScoped
public class PolicyRepository {

    /** A passage waiting for its vector: what is embedded is the document title, heading and text together. */
    public record PendingPassage(long id, String text) {
    }

    private final DataSource dataSource;

    public PolicyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the document; when it is new or its body changed, its passages are rebuilt (dropping their vectors).
     * @return true when something changed
     */
    public boolean save(PolicyDocument document, byte[] contentHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement st = c.prepareStatement("SELECT id, content_hash FROM policy_documents WHERE topic = ?")) {
                    st.setString(1, document.topic());
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next() && Arrays.equals(rs.getBytes(2), contentHash)) {
                            c.rollback();
                            return false;
                        }
                    }
                }
                try (PreparedStatement st = c.prepareStatement("""
                        INSERT INTO policy_documents (topic, title, body, content_hash) VALUES (?, ?, ?, ?)
                        ON CONFLICT (topic) DO UPDATE SET title = excluded.title, body = excluded.body,
                            content_hash = excluded.content_hash, updated_at = now()
                        RETURNING id""")) {
                    st.setString(1, document.topic());
                    st.setString(2, document.title());
                    st.setString(3, document.body());
                    st.setBytes(4, contentHash);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                try (PreparedStatement st = c.prepareStatement("DELETE FROM policy_passages WHERE document_id = ?")) {
                    st.setLong(1, id);
                    st.executeUpdate();
                }
                try (PreparedStatement st = c.prepareStatement(
                        "INSERT INTO policy_passages (document_id, ordinal, heading, body) VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < document.sections().size(); i++) {
                        PolicyDocument.Section section = document.sections().get(i);
                        st.setLong(1, id);
                        st.setInt(2, i);
                        st.setString(3, section.heading());
                        st.setString(4, section.text());
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public List<PendingPassage> withoutVector(String model) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                SELECT p.id, d.title || ': ' || p.heading || '. ' || p.body FROM policy_passages p
                JOIN policy_documents d ON d.id = p.document_id
                WHERE NOT EXISTS (SELECT 1 FROM policy_passage_embeddings e WHERE e.passage_id = p.id AND e.model = ?)
                ORDER BY p.id""")) {
            st.setString(1, model);
            try (ResultSet rs = st.executeQuery()) {
                List<PendingPassage> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PendingPassage(rs.getLong(1), rs.getString(2)));
                }
                return out;
            }
        }
    }

    public void saveVectors(String model, List<PendingPassage> passages, List<float[]> vectors) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO policy_passage_embeddings (passage_id, model, embedding) VALUES (?, ?, ?)
                ON CONFLICT (passage_id, model) DO UPDATE SET embedding = excluded.embedding""")) {
            for (int i = 0; i < passages.size(); i++) {
                st.setLong(1, passages.get(i).id());
                st.setString(2, model);
                st.setObject(3, new PGvector(vectors.get(i)));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The passages nearest to the vector by cosine similarity, best first. */
    public List<PolicyPassage> nearest(String model, float[] vector, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                SELECT d.topic, d.title, p.heading, p.body, 1 - (e.embedding <=> ?) AS similarity
                FROM policy_passage_embeddings e
                JOIN policy_passages p ON p.id = e.passage_id
                JOIN policy_documents d ON d.id = p.document_id
                WHERE e.model = ?
                ORDER BY e.embedding <=> ? LIMIT ?""")) {
            PGvector query = new PGvector(vector);
            st.setObject(1, query);
            st.setString(2, model);
            st.setObject(3, query);
            st.setInt(4, limit);
            try (ResultSet rs = st.executeQuery()) {
                List<PolicyPassage> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PolicyPassage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5)));
                }
                return out;
            }
        }
    }
}
