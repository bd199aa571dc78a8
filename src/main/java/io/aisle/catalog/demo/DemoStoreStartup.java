package io.aisle.catalog.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.SQLException;

/** In the demo profile the app fills its own store before it starts serving. */
@Singleton
public class DemoStoreStartup {

    void onStart(@Observes StartupEvent event, DemoStoreConfig config, DemoStoreLoader loader)
            throws IOException, SQLException {
        if (config.loadOnStart()) {
            loader.load(false);
        }
    }
}
