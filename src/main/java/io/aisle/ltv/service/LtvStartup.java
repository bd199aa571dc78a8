package io.aisle.ltv.service;

import io.aisle.ltv.config.LtvConfig;
import io.aisle.ltv.repository.LtvModelRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/** Gives a fresh demo store its scores on the first start; runs after the demo store has loaded (default observer priority 2500). */
@Singleton
public class LtvStartup {

    void onStart(@Observes @Priority(3000) StartupEvent event, LtvConfig config, LtvModelRepository models,
                 LtvRetrainingService retraining) throws SQLException {
        if (config.trainOnStart() && models.active(ProbabilisticLtv.KIND).isEmpty()) {
            retraining.retrain("startup", null);
        }
    }
}
