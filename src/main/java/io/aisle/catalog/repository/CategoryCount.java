package io.aisle.catalog.repository;

public record CategoryCount(String category, long products) {
}
