package io.aisle.events;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {
    @Test
    void healthIsUp() {
        given().get("/q/health").then().log().all().statusCode(200);
    }
}
