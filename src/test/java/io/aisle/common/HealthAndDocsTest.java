package io.aisle.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndDocsTest {

    @Test
    void healthIsUpAndIncludesTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDocumentListsEventsAndProducts() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Aisle API"))
                .body("paths", hasKey("/events"))
                .body("paths", hasKey("/products"))
                .body("paths", hasKey("/products/{sku}"))
                .body("paths", hasKey("/products/import"));
    }

    @Test
    void metricsAnswerInPrometheusFormat() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("jvm_"));
    }
}
