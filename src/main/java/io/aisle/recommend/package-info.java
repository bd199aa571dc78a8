/**
 * Sequential transformer recommender (SASRec-style, DJL) with user and item vectors served from pgvector. Arrives with the recommendations issue.
 */
package io.aisle.recommend;
