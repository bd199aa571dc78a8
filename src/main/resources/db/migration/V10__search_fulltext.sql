-- Product search, keyword side: a weighted English tsvector kept by PostgreSQL itself (a stored generated
-- column, so no import path can forget it) and trigram matching on titles for misspellings.
-- Weights: title A, category path B, attribute values (colour, material, ...) C, description D.
ALTER TABLE products ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, replace(category_path, '>', ' ')), 'B')
    || setweight(jsonb_to_tsvector('english'::regconfig, attributes, '["string"]'::jsonb), 'C')
    || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')
) STORED;

CREATE INDEX products_search_tsv_idx ON products USING gin (search_tsv);

-- word_similarity (<%, %>) on titles: "lanturn" finds lanterns, "teapott" teapots
CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
