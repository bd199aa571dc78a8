/**
 * Sequential transformer recommender (SASRec-style, DJL) with user and item vectors served from pgvector.
 */
package io.aisle.recommend;
