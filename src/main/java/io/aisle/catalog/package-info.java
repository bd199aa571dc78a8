/**
 * Products, customers and orders: the store's catalog import (CSV / JSON Lines, upsert by sku), product
 * reads with filters, and the demo store loaded from UCI Online Retail ({@code demo}).
 */
package io.aisle.catalog;
